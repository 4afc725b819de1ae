import { useEffect, useId, useRef } from 'preact/hooks';
import { plural } from './format';
import type { PartProps } from './types';

/**
 * Asks before deleting, as a modal alert dialog (WAI-ARIA APG "Alert and Message Dialogs"; the native
 * <dialog> keeps focus inside and closes on Escape). Focus starts on the safe choice, "No, keep it".
 */
export function ConfirmDialog({ state, send }: PartProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const { confirm } = state;
  useEffect(() => {
    const d = dialog.current;
    if (confirm && d && !d.open) d.showModal();
    if (!confirm && d?.open) d.close();
  }, [confirm]);
  const all = confirm?.kind === 'delete-all';
  return (
    <dialog
      ref={dialog}
      class="jr-dialog"
      role="alertdialog"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      onClose={() => send({ type: 'cancel-confirm' })}
    >
      <h3 id={`${id}-t`}>{all ? `Delete all ${plural(state.entries.length, 'entry', 'entries')}?` : 'Delete this entry?'}</h3>
      <p id={`${id}-d`}>
        {all ? 'Every entry will be removed from this browser. You can undo this straight after.' : 'You can undo this straight after.'}
      </p>
      <div class="jr-actions">
        <button
          type="button"
          class="lb-button lb-button--danger"
          onClick={() => {
            // Close first so focus can move out of the dialog once the entry is gone.
            dialog.current?.close();
            send({ type: 'confirm', now: Date.now() });
          }}
        >
          Yes, delete
        </button>
        <button type="button" class="lb-button" autoFocus onClick={() => dialog.current?.close()}>
          No, keep it
        </button>
      </div>
    </dialog>
  );
}
