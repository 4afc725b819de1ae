import { useId, useState } from 'preact/hooks';
import { useLazy } from '../../../lib/use-lazy';
import { keptAsideKeys } from '../storage/kept-aside';
import type { Practice } from '../entries/practices';
import type { PartProps } from '../types';
import { BringBack } from './BringBack';

/**
 * Keeping a copy in plain words: a copy the journal can bring back (JSON), a copy to read or print
 * (Markdown), bringing a saved copy back with a check before adding, data kept aside, and delete everything.
 */
export function DataTools({ state, send, practices }: PartProps & { practices: readonly Practice[] }) {
  const id = useId();
  const { entries } = state;
  const [anyKept] = useState(() => keptAsideKeys().length > 0);
  const KeptAside = useLazy(anyKept || state.journalKeptAside, () => import('../storage/KeptAside').then((m) => m.KeptAside));
  const save = (kind: 'json' | 'md') => void import('./io').then((m) => (kind === 'json' ? m.exportJson(entries) : m.exportMarkdown(entries, practices)));
  return (
    <div class="jr-data">
      <h3>Keep a copy, or bring one back</h3>
      <p>A copy is a file saved on this device. It can help if you clear your browser or change devices.</p>
      <ul class="jr-copies" role="list">
        <li>
          <button type="button" class="lb-button" aria-describedby={`${id}-json`} onClick={() => save('json')}>
            Save a copy of your journal
          </button>
          <p class="jr-hint" id={`${id}-json`}>
            You can bring it back here later, in this browser or another.
          </p>
        </li>
        <li>
          <button type="button" class="lb-button" aria-describedby={`${id}-md`} onClick={() => save('md')}>
            Save a copy to read or print
          </button>
          <p class="jr-hint" id={`${id}-md`}>
            A plain text file, easy to read, print or share with someone you trust.
          </p>
        </li>
        <BringBack state={state} send={send} practices={practices} />
      </ul>
      {KeptAside && <KeptAside withJournal={state.journalKeptAside} />}
      {entries.length > 0 && (
        <div class="jr-field">
          <h4>Delete everything</h4>
          <p>This removes every entry from this browser. You might save a copy first.</p>
          <button type="button" class="lb-button lb-button--danger" onClick={() => send({ type: 'ask-delete-all' })}>
            Delete all entries
          </button>
        </div>
      )}
    </div>
  );
}
