/**
 * The offline copy: the service worker and its notices load after the `load` event, so they never delay
 * the page (src/offline/start.ts registers the worker after the first paint). Called once, from the end
 * of BaseLayout.
 */
export function initOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  if (import.meta.env.DEV) {
    // `npm run dev` and `npm start` share localhost:4321: a worker left there by the built site would
    // go on serving the built pages. (The build drops this branch.)
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
    return;
  }
  addEventListener('load', () => void import('./start').then((m) => m.startOffline()), { once: true });
}
