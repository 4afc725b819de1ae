import { useId, useRef, useState } from 'preact/hooks';
import { useLazy } from '../../../lib/use-lazy';
import type { FilePlan } from '../../flare-plan/plan-transfer';
import { keptAsideKeys } from '../storage/kept-aside';
import type { Practice } from '../entries/practices';
import type { PartProps } from '../types';

/** Export (JSON, Markdown), import with a check before adding, data kept aside, and delete everything. */
export function DataTools({ state, send, practices }: PartProps & { practices: readonly Practice[] }) {
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const { entries, preview, importError } = state;
  const Check = useLazy(preview !== null, () => import('./ImportCheck').then((m) => m.ImportCheck));
  const [anyKept] = useState(() => keptAsideKeys().length > 0);
  // The flare plan in the file last chosen, checked on its own (PlanImport); the entries' check is apart.
  const [filePlan, setFilePlan] = useState<{ plan: FilePlan; file: number }>({ plan: { status: 'none' }, file: 0 });
  const PlanImport = useLazy(filePlan.plan.status !== 'none', () => import('./PlanImport').then((m) => m.PlanImport));
  const KeptAside = useLazy(anyKept || state.journalKeptAside, () => import('../storage/KeptAside').then((m) => m.KeptAside));
  const save = (kind: 'json' | 'md') => void import('./io').then((m) => (kind === 'json' ? m.exportJson(entries) : m.exportMarkdown(entries, practices)));
  const done = (type: 'import-confirm' | 'import-cancel') => {
    send({ type });
    if (file.current) file.current.value = '';
  };
  return (
    <div class="jr-data">
      <h3>Keep a copy, or bring entries in</h3>
      <p>A copy can help if you clear your browser or change devices.</p>
      <div class="jr-actions">
        <button type="button" class="lb-button" onClick={() => save('json')}>
          Download as JSON
        </button>
        <button type="button" class="lb-button" onClick={() => save('md')}>
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
            const input = e.currentTarget;
            const f = input.files?.[0];
            if (!f) return;
            // The check's own code is fetched alongside the reader, so both arrive together.
            const [{ readImport }, text] = await Promise.all([import('./io'), f.text(), import('./ImportCheck')]);
            const read = readImport(text, practices);
            setFilePlan({ plan: read.ok ? read.flarePlan : { status: 'none' }, file: filePlan.file + 1 });
            send({ type: 'import-file', fileName: f.name, read });
            // A file with only a plan has no entries check to clear the choice: clear it here, so the
            // same file can be chosen again.
            if (read.ok && !read.entries.length && !read.skipped) input.value = '';
          }}
        />
      </div>
      {preview && Check && <Check preview={preview} done={done} />}
      {filePlan.plan.status !== 'none' && PlanImport && <PlanImport key={filePlan.file} filePlan={filePlan.plan} />}
      {KeptAside && <KeptAside withJournal={state.journalKeptAside} />}
      {entries.length > 0 && (
        <div class="jr-field">
          <h4>Delete everything</h4>
          <p>This removes every entry from this browser. You might download a copy first.</p>
          <button type="button" class="lb-button lb-button--danger" onClick={() => send({ type: 'ask-delete-all' })}>
            Delete all entries
          </button>
        </div>
      )}
    </div>
  );
}
