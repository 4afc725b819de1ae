/**
 * Asks the browser to keep this site's storage (localStorage included) when the device runs short of
 * space, instead of clearing it as "best effort" data: https://storage.spec.whatwg.org/#persistence.
 * A widget calls `keepStorage()` once the reader has saved something worth keeping (a first journal
 * entry, a flare plan) and shows `keepStorageMessage()` of the answer. Chrome and Edge answer at once
 * from how the site is used; Firefox may ask the reader. The question is put once per page load.
 */

/** What the browser said: it will keep the data, it would not promise, or it cannot be asked. */
export type KeepStorageAnswer = 'kept' | 'not-kept' | 'unsupported';

/** The part of navigator.storage used here; a fake satisfies it in tests. */
export interface PersistentStorage {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

let asked: Promise<KeepStorageAnswer> | null = null;

/**
 * Asks once per page load (later calls get the same answer): already kept → 'kept' without asking;
 * otherwise the browser's answer to persist(). Never throws.
 */
export function keepStorage(storage: PersistentStorage | undefined = globalThis.navigator?.storage): Promise<KeepStorageAnswer> {
  asked ??= ask(storage);
  return asked;
}

async function ask(storage: PersistentStorage | undefined): Promise<KeepStorageAnswer> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'kept';
    return (await storage.persist()) ? 'kept' : 'not-kept';
  } catch {
    return 'unsupported';
  }
}

/** Forgets the answer, so that the next call asks again (for tests). */
export function resetKeepStorage(): void {
  asked = null;
}

/** One plain sentence for the reader about `answer`; `what` names the data ("your journal"). */
export function keepStorageMessage(answer: KeepStorageAnswer, what: string): string {
  switch (answer) {
    case 'kept':
      return `This browser has agreed to keep ${what} even when the device runs short of space.`;
    case 'not-kept':
      return `This browser has not promised to keep ${what}: it may clear it if the device runs short of space. Download a copy now and then to be safe.`;
    case 'unsupported':
      return `This browser cannot promise to keep ${what} if the device runs short of space. Download a copy now and then to be safe.`;
  }
}
