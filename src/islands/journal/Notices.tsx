import { useEffect, useRef } from 'preact/hooks';
import { plural } from './format';
import type { PartProps } from './types';

/** Storage problems, said plainly, with a way to keep a copy. */
export function Notices({ state }: PartProps) {
  const { storage, keptAside, setAside, entries } = state;
  const problem =
    storage === 'unavailable'
      ? 'This browser is not letting the journal save. Your entries last only until you close this page.'
      : storage === 'full'
        ? 'Your last change could not be saved, because the storage in this browser is full.'
        : '';
  return (
    <div role="alert" class="jr-alerts">
      {setAside && (
        <p class="jr-warn">
          Your saved journal could not be read. It was kept aside on this device, not deleted. You can keep writing new entries.
        </p>
      )}
      {keptAside > 0 && (
        <p class="jr-warn">
          {plural(keptAside, 'entry', 'entries')} could not be read and {keptAside === 1 ? 'was' : 'were'} kept aside on this device.
        </p>
      )}
      {problem && (
        <div class="jr-warn">
          <p>{problem} You might download a copy of your entries to keep them safe.</p>
          <button type="button" class="jr-btn" onClick={() => void import('./io').then((m) => m.exportJournal(entries, 'json'))}>
            Download a copy (JSON)
          </button>
        </div>
      )}
    </div>
  );
}

/** The polite status line ("Entry saved.") and, after a delete or import, the Undo button. */
export function Status({ state, send }: PartProps) {
  const undo = useRef<HTMLButtonElement>(null);
  const msg = useRef<HTMLParagraphElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // When the control that had focus went away (deleted entry, closed form), put focus here;
    // never on the first render, so that loading the page does not move focus.
    const active = document.activeElement;
    if (first.current || (active && active !== document.body)) {
      first.current = false;
      return;
    }
    (state.undo ? undo.current : msg.current)?.focus();
  }, [state.undo, state.notice]);
  return (
    <div class="jr-status">
      <p role="status" ref={msg} tabIndex={-1}>
        {state.notice}
      </p>
      {state.undo && (
        <button type="button" class="jr-btn" ref={undo} onClick={() => send({ type: 'undo' })}>
          Undo
        </button>
      )}
    </div>
  );
}
