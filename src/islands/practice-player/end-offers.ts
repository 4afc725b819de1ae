/**
 * A script's own offers at the end of a session, in place of the journal's (the `offers` field of
 * content/practices/<slug>.yaml, checked by src/schemas/practice.ts). The flare page's settle has
 * them: "5 more minutes", or "Go to your plan".
 */

/** What a script offers at the end of a session. */
export interface EndOffers {
  /** Said above the offers when the session ran to its end. */
  say: string;
  /** The same script again at `minutes` (one it offers), started by the reader's tap. Not offered after a stop. */
  again: { minutes: number; label: string };
  /** Leaves the full-screen view and moves focus to the element with the id `target` on the page it runs on. */
  goTo: { label: string; target: string };
}

/**
 * Leaves the view with `leave`, then focuses the element with id `target` (which scrolls it into
 * view). The focus waits for the dialog's `close` event, which comes after the dialog has handed
 * focus back; it is caught in the capture phase, as `close` does not bubble.
 */
export function leaveFor(target: string, leave: () => void): void {
  document.addEventListener('close', () => document.getElementById(target)?.focus(), { capture: true, once: true });
  leave();
}
