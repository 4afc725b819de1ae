import { useEffect, useRef } from 'preact/hooks';
import type { PartProps } from './types';

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
        <button type="button" class="lb-button" ref={undo} onClick={() => send({ type: 'undo' })}>
          Undo
        </button>
      )}
    </div>
  );
}
