import { useId, useRef, useState } from 'preact/hooks';
import { useLazy } from '../../../lib/use-lazy';
import type { FilePlan } from '../../flare-plan/plan-transfer';
import type { Practice } from '../entries/practices';
import type { PartProps } from '../types';

/**
 * "Bring back a saved copy", an item of DataTools' list: a plain button that opens the file picker (the file input itself stays
 * hidden, so no raw "Choose File" control shows), then says which file was chosen in a polite status
 * line and shows what it would add (ImportCheck) before anything is added. A flare plan in the file is
 * checked on its own (PlanImport), apart from the entries.
 */
export function BringBack({ state, send, practices }: PartProps & { practices: readonly Practice[] }) {
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState('');
  const { preview, importError } = state;
  const Check = useLazy(preview !== null, () => import('./ImportCheck').then((m) => m.ImportCheck));
  // The flare plan in the file last chosen, checked on its own (PlanImport); the entries' check is apart.
  const [filePlan, setFilePlan] = useState<{ plan: FilePlan; file: number }>({ plan: { status: 'none' }, file: 0 });
  const PlanImport = useLazy(filePlan.plan.status !== 'none', () => import('./PlanImport').then((m) => m.PlanImport));
  const done = (type: 'import-confirm' | 'import-cancel') => {
    send({ type });
    setChosen('');
    if (file.current) file.current.value = '';
  };
  return (
    <li>
      <input
        ref={file}
        type="file"
        hidden
        accept=".json,application/json"
        onChange={async (e) => {
          const input = e.currentTarget;
          const f = input.files?.[0];
          if (!f) return;
          setChosen(f.name);
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
      <button type="button" class="lb-button" aria-describedby={`${id}-hint`} onClick={() => file.current?.click()}>
        Bring back a saved copy
      </button>
      <p class="jr-hint" id={`${id}-hint`}>
        Choose a copy you saved with “Save a copy of your journal”. You will see what it holds before anything is added.
      </p>
      <p role="status" class="jr-chosen">
        {chosen && `Chosen file: ${chosen}`}
      </p>
      {importError && (
        <p class="jr-error" role="alert">
          {importError}
        </p>
      )}
      {preview && Check && <Check preview={preview} done={done} />}
      {filePlan.plan.status !== 'none' && PlanImport && <PlanImport key={filePlan.file} filePlan={filePlan.plan} />}
    </li>
  );
}
