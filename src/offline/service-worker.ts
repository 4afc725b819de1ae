/**
 * The page's side of the offline copy: registers the service worker (dist/sw.js, written by
 * tools/service-worker.mjs) and offers a new version when one has installed.
 *
 * Why a page never mixes versions: a new worker installs its whole precache beside the old one, then
 * waits. Until the reader chooses "Reload", every page keeps being served the files of the version it
 * started with. "Reload" tells the waiting worker to take over (SKIP_WAITING), and the page reloads
 * once it has (controllerchange), now entirely from the new version. The notice waits while a practice
 * runs (./notices.ts), so it never lands in the middle of one. Should another tab
 * choose "Reload" first, this page is told too: its later requests already come from the new version,
 * so it offers the reload straight away.
 */
import { href } from '../lib/site';

/** The parts of a ServiceWorkerContainer used here (fakes satisfy it in tests). */
export interface WorkerContainer extends EventTarget {
  readonly controller: unknown;
  register(url: string, options: { scope: string }): Promise<WorkerRegistration>;
}

/** The parts of a ServiceWorkerRegistration used here. */
export interface WorkerRegistration extends EventTarget {
  readonly installing: Worker | null;
  readonly waiting: Worker | null;
  readonly active: Worker | null;
}

/** The parts of a ServiceWorker used here. */
export interface Worker extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}

export interface ConnectOptions {
  container: WorkerContainer;
  /** The worker's address and the site's base path (import.meta.env.BASE_URL): /sw.js and / by default. */
  url: string;
  scope: string;
  /** Offers the new version (the "A new version is ready" notice); its Reload button calls `reload`. */
  offer(reload: () => void): void;
  /** Reloads the page (location.reload in the browser). */
  reloadPage(): void;
}

/**
 * Registers the worker and follows its updates. Resolves once registered; where service workers are
 * unavailable (blocked, or a private window that refuses them) it resolves quietly: the site then
 * works online as before.
 */
export async function connectServiceWorker({ container, url, scope, offer, reloadPage }: ConnectOptions): Promise<void> {
  const hadController = Boolean(container.controller);
  let registration: WorkerRegistration;
  try {
    registration = await container.register(url, { scope });
  } catch {
    return;
  }
  let offered = false;
  let reloading = false;
  const reload = () => {
    const waiting = registration.waiting;
    if (!waiting) return reloadPage(); // another tab has already switched to the new version
    reloading = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  const offerOnce = () => {
    if (offered) return;
    offered = true;
    offer(reload);
  };
  // A worker that installs while another is active is an update; the very first one is not.
  const follow = (worker: Worker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && registration.active) offerOnce();
    });

  if (registration.waiting && registration.active) offerOnce();
  if (registration.installing) follow(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) follow(registration.installing);
  });
  container.addEventListener('controllerchange', () => {
    if (reloading) {
      reloading = false;
      reloadPage();
    } else if (hadController) offerOnce();
  });
}

/** Registers the site's worker (its address and scope from the base path) in this browser. */
export function registerServiceWorker(offer: (reload: () => void) => void): Promise<void> {
  return connectServiceWorker({
    container: navigator.serviceWorker,
    url: href('sw.js'),
    scope: href(''),
    offer,
    reloadPage: () => location.reload(),
  });
}
