import { useEffect, useRef } from 'preact/hooks';
import { browserStorage, loadJson, saveJson, type KeyValueStore } from '../../lib/safe-storage';
import type { TimerEvent, TimerState } from './breath-timer';
import { parseSession, SESSION_KEY, toSaved } from './session';

/** True when this page load is a reload or a step back or forward, not a fresh visit by a link. */
function cameBack(): boolean {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return !nav || nav.type === 'reload' || nav.type === 'back_forward';
}

/** Drops the kept session. */
function forget(store: KeyValueStore | null): void {
  try {
    store?.removeItem(SESSION_KEY);
  } catch {
    // Storage went away: there is nothing left to clear.
  }
}

/**
 * Keeps a running or paused session in sessionStorage and, once the island is ready, carries on a
 * session this tab had on this page before a reload (or a step back or forward). A fresh visit by a
 * link starts idle and forgets the old session. Unreadable data is kept aside (safe-storage).
 */
export function useKeptSession(state: TimerState, dispatch: (e: TimerEvent) => void, ready: boolean): void {
  const checked = useRef(false);
  // True once this page has had a session: only then does an idle or ended timer clear the kept one,
  // so that opening another timer page leaves a session kept for its own page alone.
  const hadSession = useRef(false);
  // True from the restore until its state arrives (the effect below runs once in between).
  const restoring = useRef(false);
  useEffect(() => {
    if (!ready || checked.current) return;
    checked.current = true;
    const store = browserStorage('session');
    const got = loadJson(store, SESSION_KEY, parseSession, Date.now());
    if (got.status !== 'ok' || got.value.page !== location.pathname) return;
    if (!cameBack()) {
      // A fresh visit by a link: the reader did not ask for that old session back.
      forget(store);
      return;
    }
    hadSession.current = true;
    restoring.current = true;
    dispatch({ type: 'restore', now: Date.now(), saved: got.value });
  }, [ready]);

  useEffect(() => {
    if (!checked.current || (restoring.current && state.phase === 'idle')) return;
    restoring.current = false;
    const store = browserStorage('session');
    const saved = toSaved(state, location.pathname);
    if (saved) {
      hadSession.current = true;
      saveJson(store, SESSION_KEY, saved);
    } else if (hadSession.current) {
      hadSession.current = false;
      forget(store);
    }
  }, [state.phase, state.countdown, state.returns]);
}
