import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `onTime(now)` once when the clock reaches `at` (ms since epoch); null sets nothing.
 * One plain timeout, not a chain: browsers throttle a lone timeout in a background tab far less
 * than a repeating interval, so the end of a session still lands within about a second.
 */
export function useAlarm(at: number | null, onTime: (now: number) => void): void {
  const latest = useRef(onTime);
  latest.current = onTime;
  useEffect(() => {
    if (at === null) return undefined;
    let id = 0;
    const arm = () => {
      const wait = at - Date.now();
      // A timer may wake a little early; if so, set it again rather than miss the moment.
      if (wait > 0) id = window.setTimeout(arm, wait);
      else latest.current(Date.now());
    };
    arm();
    return () => window.clearTimeout(id);
  }, [at]);
}
