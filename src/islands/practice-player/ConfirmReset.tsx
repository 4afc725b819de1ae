import { useLayoutEffect, useRef } from 'preact/hooks';

/** Asks before a paused session is wiped; focus goes to the answer that keeps it. */
export function ConfirmReset({ id, onReset, onKeep }: { id: string; onReset(): void; onKeep(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => keep.current?.focus(), []);
  return (
    <div class="pp-confirm" role="group" aria-labelledby={`${id}-ask`}>
      <p id={`${id}-ask`}>Reset this session? You would start again from the beginning.</p>
      <div class="pp-row">
        <button type="button" class="lb-button" onClick={onReset}>
          Yes, reset
        </button>
        <button type="button" class="lb-button lb-button--primary" ref={keep} onClick={onKeep}>
          No, keep it
        </button>
      </div>
    </div>
  );
}
