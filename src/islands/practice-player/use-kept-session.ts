import { useEffect, useRef } from 'preact/hooks';
import { cameBack } from '../../lib/came-back';
import { browserStorage, loadJson, saveJson } from '../../lib/safe-storage';
import { PACES, type Script } from './plan';
import { reduce, type PlayerEvent, type PlayerState } from './practice-player';
import { SESSION_KEY, toSaved } from './session';
import type { SessionParts } from './use-session-parts';

/**
 * Keeps a running or paused session in sessionStorage and, once the island is ready, carries on a
 * session this tab had on this page before a reload (or a step back or forward); it comes back
 * paused. A fresh visit by a link starts afresh. Unreadable data is set aside (safe-storage), and
 * the player starts as usual. A session that comes back fetches its parts (`load`) to lay the script
 * out again as it was said (the reader's words filled in, visits shortened). Leaving the page (a link
 * to the red flags, a reload) pauses a running session there and then, so the time spent away is not
 * counted as practice.
 */
export function useKeptSession(
  slug: string,
  script: Script,
  load: () => Promise<SessionParts>,
  state: PlayerState,
  dispatch: (e: PlayerEvent) => void,
  ready: boolean,
): void {
  const checked = useRef(false);
  // Only a page that has had a session clears the kept one, so another player page leaves it alone.
  const hadSession = useRef(false);
  useEffect(() => {
    if (!ready || checked.current) return;
    checked.current = true;
    // Only a reload or a step back or forward carries a session on: the reading code comes only then.
    if (!cameBack()) return;
    void import('./session-parse').then(async ({ parseSession }) => {
      const got = loadJson(browserStorage('session'), SESSION_KEY, (raw) => parseSession(raw, PACES), Date.now());
      if (got.status !== 'ok' || got.value.page !== location.pathname || got.value.practice !== slug) return;
      const { minutes, pace, settleMs, caps } = got.value;
      const [{ buildPlan, PlanError, behaviour }, { withCaps }] = await Promise.all([load(), import('./visit-caps')]);
      try {
        const plan = withCaps(buildPlan(behaviour?.prepare?.(script) ?? script, minutes, pace, settleMs), caps);
        dispatch({ type: 'restore', now: Date.now(), saved: got.value, plan });
      } catch (e) {
        // The script changed since (a new deploy): the old session no longer fits it, so it is dropped.
        if (!(e instanceof PlanError)) throw e;
      }
    });
  }, [ready]);

  useEffect(() => {
    if (!checked.current) return;
    const store = browserStorage('session');
    const saved = toSaved(state, location.pathname, slug);
    if (saved) {
      hadSession.current = true;
      saveJson(store, SESSION_KEY, saved);
    } else if (hadSession.current) {
      try {
        store?.removeItem(SESSION_KEY);
      } catch {
        // Storage went away: there is nothing left to clear.
      }
    }
  }, [state.phase, state.countdown]);

  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    const onHide = () => {
      if (latest.current.phase !== 'running') return;
      const pause = { type: 'pause', now: Date.now() } as const;
      // Saved now, as the page may be gone before the next render; dispatched for a page kept in the back-forward cache.
      saveJson(browserStorage('session'), SESSION_KEY, toSaved(reduce(latest.current, pause), location.pathname, slug));
      dispatch(pause);
    };
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, []);
}
