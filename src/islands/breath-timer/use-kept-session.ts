import { useEffect, useRef } from 'preact/hooks';
import { browserStorage, loadJson, saveJson } from '../../lib/safe-storage';
import type { TimerEvent, TimerState } from './breath-timer';
import { parseSession, SESSION_KEY, toSaved } from './session';

/**
 * Keeps a running or paused session in sessionStorage and, once the island is ready, carries on a
 * session this tab had on this page before a reload. Unreadable data is set aside (safe-storage).
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
    const got = loadJson(browserStorage('session'), SESSION_KEY, parseSession, Date.now());
    if (got.status !== 'ok' || got.value.page !== location.pathname) return;
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
      try {
        store?.removeItem(SESSION_KEY);
      } catch {
        // Storage went away: there is nothing left to clear.
      }
    }
  }, [state.phase, state.countdown, state.returns]);
}
