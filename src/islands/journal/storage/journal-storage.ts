import { loadJson, saveJson, type KeyValueStore, type SaveResult } from '../../../lib/safe-storage';
import { JOURNAL_VERSION, type Entry } from '../entries/entry';
import type { Practice } from '../entries/practices';
import { readJournal } from './migrate';

/** Where the journal lives in localStorage: { version, entries }. */
export const STORAGE_KEY = 'lb-journal';
/** Where records that could not be read are kept aside, as a JSON list, untouched. */
export const KEPT_ASIDE_KEY = 'lb-journal.kept-aside';

/** What loading the journal gave. */
export interface JournalLoad {
  entries: Entry[];
  /** How many records could not be read and were kept aside. */
  keptAsideRecords: number;
  /** True when the journal as a whole could not be read and was kept aside. */
  journalKeptAside: boolean;
  /** True when this browser gives no storage: entries last only while the page is open. */
  unavailable: boolean;
}

/** The journal's storage, behind an interface so it can be tested without a browser. */
export interface JournalStorage {
  load(now: number): JournalLoad;
  save(entries: readonly Entry[]): SaveResult;
}

/**
 * Journal storage over a key-value store (localStorage, or memoryStore() in tests). `practices` is the
 * journal's practice list, for bringing a version-0 journal up to date.
 */
export function journalStorage(kv: KeyValueStore | null, practices: readonly Practice[]): JournalStorage {
  let pending: unknown[] = [];
  // True when unreadable data could not be moved and still sits under STORAGE_KEY: never overwrite it.
  let blocked = false;

  const keepAside = (now: number): boolean => {
    if (pending.length === 0) return true;
    const old = loadJson(kv, KEPT_ASIDE_KEY, (v) => (Array.isArray(v) ? v : null), now);
    const list: unknown[] = old.status === 'ok' ? old.value : [];
    const seen = new Set(list.map((r) => JSON.stringify(r)));
    for (const r of pending) if (!seen.has(JSON.stringify(r))) list.push(r);
    if (!saveJson(kv, KEPT_ASIDE_KEY, list).ok) return false;
    pending = [];
    return true;
  };

  const save = (entries: readonly Entry[]): SaveResult => {
    if (blocked || !keepAside(Date.now())) return { ok: false, reason: 'full' };
    return saveJson(kv, STORAGE_KEY, { version: JOURNAL_VERSION, entries });
  };

  const load = (now: number): JournalLoad => {
    const none = { entries: [], keptAsideRecords: 0, journalKeptAside: false, unavailable: false };
    const got = loadJson(kv, STORAGE_KEY, (raw) => readJournal(raw, practices), now);
    if (got.status === 'unavailable') return { ...none, unavailable: true };
    if (got.status === 'empty') return none;
    if (got.status === 'kept-aside') {
      blocked = got.keptAsideKey === STORAGE_KEY;
      return { ...none, journalKeptAside: true };
    }
    const { entries, unreadable, migrated } = got.value;
    pending = unreadable;
    // Write back at once when records were kept aside or the data was upgraded; keepAside runs first.
    if (unreadable.length > 0 || migrated) {
      if (keepAside(now)) saveJson(kv, STORAGE_KEY, { version: JOURNAL_VERSION, entries });
    }
    return { ...none, entries, keptAsideRecords: unreadable.length };
  };

  return { load, save };
}
