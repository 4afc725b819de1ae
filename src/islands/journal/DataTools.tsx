import { useId, useRef } from 'preact/hooks';
import { formatWhen, plural } from './format';
import type { PartProps } from './types';

/** Export (JSON, Markdown), import with a preview, and delete everything. */
export function DataTools({ state, send }: PartProps) {
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const { entries, preview, importError } = state;
  const n = preview?.plan.added.length ?? 0;
  const save = (kind: 'json' | 'md') => void import('./io').then((m) => m.exportJournal(entries, kind));
  const done = (type: 'import-confirm' | 'import-cancel') => {
    send({ type });
    if (file.current) file.current.value = '';
  };
  return (
    <div class="jr-data">
      <h3>Keep a copy, or bring entries in</h3>
      <p>A copy can help if you clear your browser or change devices.</p>
      <div class="jr-actions">
        <button type="button" class="jr-btn" onClick={() => save('json')}>
          Download as JSON
        </button>
        <button type="button" class="jr-btn" onClick={() => save('md')}>
          Download as Markdown
        </button>
      </div>
      <p class="jr-hint">JSON can be brought back in here. Markdown is easy to read, print or share with someone you trust.</p>
      <div class="jr-field">
        <label for={`${id}-f`}>Bring in entries from a JSON file</label>
        {importError && (
          <p class="jr-error" role="alert">
            {importError}
          </p>
        )}
        <input
          id={`${id}-f`}
          ref={file}
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const f = e.currentTarget.files?.[0];
            if (!f) return;
            const [{ readImport }, text] = await Promise.all([import('./io'), f.text()]);
            send({ type: 'import-file', fileName: f.name, read: readImport(text) });
          }}
        />
      </div>
      {preview && (
        <div class="jr-preview" role="group" aria-labelledby={`${id}-p`}>
          <h4 id={`${id}-p`}>Check before adding</h4>
          <p>
            {preview.fileName} holds {plural(preview.incoming.length, 'entry', 'entries')}.{' '}
            {n > 0 ? `${plural(n, 'entry is', 'entries are')} new.` : 'All of them are already in your journal.'}{' '}
            {preview.plan.duplicates > 0 && `${plural(preview.plan.duplicates, 'is', 'are')} already here and will be left out. `}
            {preview.skipped > 0 && `${plural(preview.skipped, 'entry', 'entries')} could not be read and will be left out.`}
          </p>
          {n > 0 && (
            <ul>
              {preview.plan.added.slice(0, 5).map((e) => (
                <li key={e.id}>
                  {formatWhen(e.at)}: {e.text.slice(0, 60) || e.tags.join(', ')}
                </li>
              ))}
              {n > 5 && <li>and {n - 5} more</li>}
            </ul>
          )}
          <div class="jr-actions">
            {n > 0 && (
              <button type="button" class="jr-btn jr-primary" onClick={() => done('import-confirm')}>
                Add {plural(n, 'entry', 'entries')}
              </button>
            )}
            <button type="button" class="jr-btn" onClick={() => done('import-cancel')}>
              {n > 0 ? 'Cancel' : 'Close'}
            </button>
          </div>
        </div>
      )}
      {entries.length > 0 && (
        <div class="jr-field">
          <h4>Delete everything</h4>
          <p>This removes every entry from this browser. You might download a copy first.</p>
          <button type="button" class="jr-btn jr-danger" onClick={() => send({ type: 'ask-delete-all' })}>
            Delete all entries
          </button>
        </div>
      )}
    </div>
  );
}
