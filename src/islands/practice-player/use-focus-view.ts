import { useEffect, useRef } from 'preact/hooks';
import type { Phase } from './practice-player';

/** A history entry's own state, marking the entry the focused view added. */
interface ViewEntry {
  lbPracticeView?: boolean;
}

const ours = () => (history.state as ViewEntry | null)?.lbPracticeView === true;

/** What useFocusView gives: the dialog's ref, and ways to open and leave it. */
export interface FocusViewHook {
  /** For the dialog: a view asked to open before it arrived (it is fetched as a session starts) opens as it mounts. */
  readonly ref: (dialog: HTMLDialogElement | null) => void;
  /** Opens the full-screen view, or as soon as it arrives, and adds a history entry so the back button closes it. */
  open(): void;
  /** Leaves the view as the back button would (Escape, or a Close button). */
  leave(): void;
  /** For the dialog's close event: the browser closed it by itself (a close gesture that could not be held back). */
  closedByBrowser(): void;
}

/**
 * The focused view is a modal <dialog> (it keeps focus inside and the page behind inert) with its
 * own history entry: the browser's back button, Escape or Close leave it. Leaving pauses a running
 * session; a session in its grounding or end view is put away. The dialog is opened and closed
 * directly, in the tap or the popstate, never a frame later; the first time, as it mounts.
 */
export function useFocusView(phase: Phase, pause: () => void, putAway: () => void): FocusViewHook {
  const dialog = useRef<HTMLDialogElement | null>(null);
  // True from open() until the view is left: the dialog opens as it mounts if it was not there yet.
  const wanted = useRef(false);
  // The latest phase and callbacks, for the popstate listener set up once.
  const phaseNow = useRef(phase);
  phaseNow.current = phase;
  const latest = useRef({ pause, putAway });
  latest.current = { pause, putAway };

  // True while we close the dialog ourselves, so its close event is not taken for the browser's.
  const closing = useRef(false);
  const closed = () => {
    wanted.current = false;
    if (dialog.current?.open) {
      closing.current = true;
      dialog.current.close();
    }
    if (phaseNow.current === 'running') latest.current.pause();
    else if (phaseNow.current === 'grounding' || phaseNow.current === 'ended') latest.current.putAway();
  };

  useEffect(() => {
    // After a reload on the view's entry, that entry belongs to this page now: make it a plain one,
    // so that leaving the view later never goes back past this page.
    if (ours()) history.replaceState(null, '');
    const onPop = () => {
      if (dialog.current?.open) closed();
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const show = () => {
    if (wanted.current && dialog.current && !dialog.current.open) dialog.current.showModal();
  };
  // One function for the life of the player, so the dialog's ref is not set again on every render.
  const ref = useRef((el: HTMLDialogElement | null) => {
    dialog.current = el;
    show();
  }).current;
  return {
    ref,
    open() {
      if (!ours()) history.pushState({ ...(history.state as object | null), lbPracticeView: true } satisfies ViewEntry, '');
      wanted.current = true;
      show();
    },
    leave() {
      if (ours()) history.back();
      else closed();
    },
    closedByBrowser() {
      if (closing.current) {
        closing.current = false;
        return;
      }
      closed();
      if (ours()) history.back();
    },
  };
}
