import { useId } from 'preact/hooks';
import { formatWhen, plural } from '../format';
import type { ImportPreview } from '../journal-state';

/** Props for the import check. */
export interface ImportCheckProps {
  preview: ImportPreview;
  /** Adds the new entries ('import-confirm') or leaves them out ('import-cancel'). */
  done(type: 'import-confirm' | 'import-cancel'): void;
}

/** What a chosen file would add, before anything is added. Loaded with the file, when one is chosen. */
export function ImportCheck({ preview, done }: ImportCheckProps) {
  const id = useId();
  const n = preview.plan.added.length;
  return (
    <div class="jr-preview" role="group" aria-labelledby={id}>
      <h4 id={id}>Check before adding</h4>
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
          <button type="button" class="lb-button lb-button--primary" onClick={() => done('import-confirm')}>
            Add {plural(n, 'entry', 'entries')}
          </button>
        )}
        <button type="button" class="lb-button" onClick={() => done('import-cancel')}>
          {n > 0 ? 'Cancel' : 'Close'}
        </button>
      </div>
    </div>
  );
}
