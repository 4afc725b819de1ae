import { useEffect, useState } from 'preact/hooks';

/**
 * Re-renders with the current time every `intervalMs` while `active`, and at once when the page
 * becomes visible again. The interval only triggers renders; callers derive time from `now`.
 */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    const update = () => setNow(Date.now());
    update();
    const id = window.setInterval(update, intervalMs);
    document.addEventListener('visibilitychange', update);
    return () => {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', update);
    };
  }, [active, intervalMs]);
  return now;
}
