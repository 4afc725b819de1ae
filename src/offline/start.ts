/**
 * Loaded by src/offline/init.ts once the page has loaded; never before the first
 * paint. Registers the service worker after the first paint (./service-worker.ts), and shows the
 * notices (./notices.ts, fetched only when one is needed): "You are offline; everything here still
 * works" while offline on a page the worker serves, and "A new version is ready" when an update waits.
 */
import { afterFirstPaint } from '../lib/after-paint.mjs';
import { registerServiceWorker } from './service-worker';

let notices: Promise<typeof import('./notices')> | undefined;
const loadNotices = () => (notices ??= import('./notices'));

/** Starts the offline copy for this page. */
export function startOffline(): void {
  const container = navigator.serviceWorker;
  afterFirstPaint(() => void registerServiceWorker((reload) => void loadNotices().then((m) => m.offerUpdate(reload))));
  // The offline note only says "everything still works" when it does: on a page the worker serves.
  const follow = () => {
    const offline = !navigator.onLine && container.controller !== null;
    if (offline || notices) void loadNotices().then((m) => m.showOfflineNote(offline));
  };
  addEventListener('online', follow);
  addEventListener('offline', follow);
  container.addEventListener('controllerchange', follow);
  follow();
}
