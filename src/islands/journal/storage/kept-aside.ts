import { browserStorage } from '../../../lib/safe-storage';
import { STORAGE_KEY } from './journal-storage';

/** The `format` field of a kept-aside download. */
export const KEPT_ASIDE_FORMAT = 'listening-back-journal-kept-aside';

/** One stored value that the journal could not read, exactly as it was stored. */
export interface KeptAsideItem {
  /** The localStorage key it sits under. */
  key: string;
  /** Its text, untouched. */
  text: string;
}

/** What "Download what was kept aside" saves. */
export interface KeptAsideExport {
  format: typeof KEPT_ASIDE_FORMAT;
  /** When the file was made, ISO 8601. */
  exportedAt: string;
  items: KeptAsideItem[];
}

/**
 * Whether a storage key holds journal data kept aside: any "lb-journal.*" key (unreadable entries,
 * a whole journal that could not be read, or a kept-aside list that could not be read itself).
 * With `withJournal`, the journal's own key too: when storage was full, unreadable data stays there.
 */
export function isKeptAsideKey(key: string, withJournal = false): boolean {
  return key.startsWith(`${STORAGE_KEY}.`) || (withJournal && key === STORAGE_KEY);
}

/**
 * Builds the download from every key and its text; keys that are not kept-aside data are left out.
 * `withJournal` adds the journal's own key (see isKeptAsideKey).
 */
export function keptAsideExport(stored: readonly KeptAsideItem[], now: number, withJournal = false): KeptAsideExport {
  return {
    format: KEPT_ASIDE_FORMAT,
    exportedAt: new Date(now).toISOString(),
    items: stored.filter((i) => isKeptAsideKey(i.key, withJournal)).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** Every key in a Storage (localStorage in the browser), or none where it cannot be read. */
export function storedKeys(store: Pick<Storage, 'key' | 'length'> | null): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i);
      if (key !== null) keys.push(key);
    }
  } catch {
    // Storage blocked: nothing to list.
  }
  return keys;
}

/** The kept-aside keys in this browser's localStorage now. */
export function keptAsideKeys(): string[] {
  return storedKeys(browserStorage()).filter((k) => isKeptAsideKey(k));
}
