import { markPractising } from './practising';

/**
 * Keeps the screen awake while a practice runs, where the Screen Wake Lock API exists.
 * The browser drops the lock when the page is hidden; `keepAwake(true)` takes it again on return.
 * A keeper that is asked to keep the screen awake also marks the page as practising
 * (src/lib/practising.ts), so that nothing else on the page interrupts the practice.
 */
export interface ScreenKeeper {
  /** Ask for (true) or give up (false) the wake lock. Never throws. */
  keepAwake(on: boolean): void;
  /** Remove listeners and release the lock. */
  dispose(): void;
}

interface WakeLockLike {
  release(): Promise<void>;
}

let keepers = 0;

/** Creates a keeper bound to this document. */
export function createScreenKeeper(): ScreenKeeper {
  const name = `screen-keeper-${(keepers += 1)}`;
  let wanted = false;
  let lock: WakeLockLike | null = null;
  const api = (globalThis.navigator as { wakeLock?: { request(type: 'screen'): Promise<WakeLockLike> } } | undefined)?.wakeLock;

  const acquire = async () => {
    if (!api || lock || document.visibilityState !== 'visible') return;
    try {
      lock = await api.request('screen');
      if (!wanted) await release();
    } catch {
      lock = null;
    }
  };
  const release = async () => {
    const held = lock;
    lock = null;
    try {
      await held?.release();
    } catch {
      // Already released by the browser.
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') {
      lock = null;
      if (wanted) void acquire();
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  return {
    keepAwake(on) {
      wanted = on;
      markPractising(name, on);
      if (on) void acquire();
      else void release();
    },
    dispose() {
      wanted = false;
      markPractising(name, false);
      document.removeEventListener('visibilitychange', onVisibility);
      void release();
    },
  };
}
