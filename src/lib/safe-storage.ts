/** The part of the Web Storage API we use; an in-memory fake satisfies it in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The browser's localStorage (or sessionStorage, which lasts as long as the tab), or null where it is
 * blocked or missing (private modes, sandboxed frames).
 */
export function browserStorage(kind: 'local' | 'session' = 'local'): Storage | null {
  try {
    const store = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    if (!store) return null;
    const probe = '__listening-back-probe__';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

/** What loading a stored value gave. */
export type LoadResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'empty' }
  | { status: 'kept-aside'; keptAsideKey: string }
  | { status: 'unavailable' };

/**
 * The key under which unreadable data for `key` is kept aside. The "unreadable" in it is stored in
 * readers' browsers already, so it stays as it is.
 */
export function keptAsideKeyFor(key: string, now: number): string {
  return `${key}.unreadable.${now}`;
}

/**
 * Reads JSON under `key` and checks it with `parse` (which returns null for data it does not accept).
 * Data that cannot be read is kept aside, untouched, under another key and never thrown away.
 */
export function loadJson<T>(
  store: KeyValueStore | null,
  key: string,
  parse: (raw: unknown) => T | null,
  now: number,
): LoadResult<T> {
  if (!store) return { status: 'unavailable' };
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'empty' };
  let value: T | null = null;
  try {
    value = parse(JSON.parse(text));
  } catch {
    value = null;
  }
  if (value !== null) return { status: 'ok', value };
  const keptAsideKey = keptAsideKeyFor(key, now);
  try {
    store.setItem(keptAsideKey, text);
    store.removeItem(key);
  } catch {
    // Could not keep a copy aside (storage full): leave the original where it is, untouched.
    return { status: 'kept-aside', keptAsideKey: key };
  }
  return { status: 'kept-aside', keptAsideKey };
}

/** What saving gave: ok, or why not. */
export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };

/** Writes `value` as JSON under `key`; reports a full or missing storage instead of throwing. */
export function saveJson(store: KeyValueStore | null, key: string, value: unknown): SaveResult {
  if (!store) return { ok: false, reason: 'unavailable' };
  try {
    store.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch {
    return { ok: false, reason: 'full' };
  }
}

/** An in-memory store for tests and for browsers without storage. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    dump: () => Object.fromEntries(data),
  };
}
