/**
 * True when this page load is a reload or a step back or forward, not a fresh visit by a link: only
 * then does a widget carry on a session kept in sessionStorage (a fresh visit starts afresh).
 */
export function cameBack(): boolean {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return !nav || nav.type === 'reload' || nav.type === 'back_forward';
}
