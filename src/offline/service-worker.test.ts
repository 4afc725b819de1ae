// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { connectServiceWorker, type Worker, type WorkerContainer, type WorkerRegistration } from './service-worker';

// Stand-ins for the browser's service worker objects: plain event targets whose state a test sets.
class FakeWorker extends EventTarget implements Worker {
  state = 'installing';
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}
class FakeRegistration extends EventTarget implements WorkerRegistration {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  /** A new worker starts installing, as after an update check. */
  update(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
  /** The installing worker has its precache and waits. */
  installed() {
    const worker = this.installing!;
    this.installing = null;
    this.waiting = worker;
    worker.become('installed');
  }
}
class FakeContainer extends EventTarget implements WorkerContainer {
  constructor(
    public controller: object | null,
    public registration: FakeRegistration,
    private refuse = false,
  ) {
    super();
  }
  registered: [string, { scope: string }][] = [];
  async register(url: string, options: { scope: string }) {
    if (this.refuse) throw new DOMException('Service workers are blocked', 'SecurityError');
    this.registered.push([url, options]);
    return this.registration;
  }
  takeOver(worker: FakeWorker) {
    this.registration.waiting = null;
    this.registration.active = worker;
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

/** Connects with spies for the notice and the reload; returns them and the notice's Reload action. */
async function connect(container: FakeContainer) {
  let reloadAction: (() => void) | null = null;
  const offer = vi.fn((reload: () => void) => void (reloadAction = reload));
  const reloadPage = vi.fn();
  await connectServiceWorker({ container, url: '/back/sw.js', scope: '/back/', offer, reloadPage });
  return { offer, reloadPage, pressReload: () => reloadAction!() };
}

describe('connectServiceWorker', () => {
  it('registers the worker for the site and offers nothing on the first visit', async () => {
    const registration = new FakeRegistration();
    const container = new FakeContainer(null, registration);
    const { offer, reloadPage } = await connect(container);
    expect(container.registered).toEqual([['/back/sw.js', { scope: '/back/' }]]);
    const first = new FakeWorker();
    registration.update(first);
    registration.installed();
    container.takeOver(first); // clientsClaim on the first visit
    expect(offer).not.toHaveBeenCalled();
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('offers a new version once it has installed, and switches only when the reader chooses Reload', async () => {
    const registration = new FakeRegistration();
    const old = new FakeWorker();
    registration.active = old;
    const container = new FakeContainer(old, registration);
    const { offer, reloadPage, pressReload } = await connect(container);
    const next = new FakeWorker();
    registration.update(next);
    expect(offer).not.toHaveBeenCalled();
    registration.installed();
    expect(offer).toHaveBeenCalledTimes(1);
    expect(next.messages).toEqual([]);
    pressReload();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reloadPage).not.toHaveBeenCalled();
    container.takeOver(next);
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('offers a version that was already waiting when the page opened', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker();
    registration.waiting = new FakeWorker();
    const { offer } = await connect(new FakeContainer(registration.active, registration));
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('when another tab switched versions, offers a reload that simply reloads', async () => {
    const registration = new FakeRegistration();
    const old = new FakeWorker();
    registration.active = old;
    const container = new FakeContainer(old, registration);
    const { offer, reloadPage, pressReload } = await connect(container);
    container.takeOver(new FakeWorker());
    expect(offer).toHaveBeenCalledTimes(1);
    expect(reloadPage).not.toHaveBeenCalled();
    pressReload();
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('resolves quietly where service workers are refused', async () => {
    const { offer } = await connect(new FakeContainer(null, new FakeRegistration(), true));
    expect(offer).not.toHaveBeenCalled();
  });
});
