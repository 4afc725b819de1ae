import { ASIDE_KEY, STORAGE_KEY } from './storage';

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
 * Whether a storage key holds journal data kept aside: unreadable entries (ASIDE_KEY) or a whole
 * journal that could not be read (safe-storage's backup key, "lb-journal.unreadable.<time>").
 */
export function isKeptAsideKey(key: string): boolean {
  return key === ASIDE_KEY || key.startsWith(`${STORAGE_KEY}.unreadable.`);
}

/** Builds the download from every key and its text; keys that are not kept-aside data are left out. */
export function keptAsideExport(stored: readonly KeptAsideItem[], now: number): KeptAsideExport {
  return {
    format: KEPT_ASIDE_FORMAT,
    exportedAt: new Date(now).toISOString(),
    items: stored.filter((i) => isKeptAsideKey(i.key)).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
