import { cleanTags, JOURNAL_VERSION, readEntry, type Entry } from '../entries/entry';
import type { Practice } from '../entries/practices';

/*
 * Data versions.
 * v0 (the first prototype, no ids): { version?: 0, entries: [{ date, text, practice?, tags?, settled? }] }
 *   date: "YYYY-MM-DD" (a day) or a date-time; practice: a practice's name as typed ("Body scan");
 *   tags: one comma-separated string ("warmth, tingling"); settled: 0-10.
 * v1: { version: 1, entries: Entry[] } (see ../entries/entry.ts).
 */

/** What reading a stored or imported journal gave: readable entries, and records kept as they were. */
export interface ReadJournal {
  entries: Entry[];
  /** Records that could not be read, untouched, to be kept aside. */
  unreadable: unknown[];
  /** True when the data was in an older version and has been brought up to date. */
  migrated: boolean;
}

/** A short, stable hash of a string (djb2), in base 36. */
function hash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/** A v0 date: a bare day becomes midday local time on that day (not midnight UTC). */
function v0Date(date: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12) : new Date(date);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * Turns one v0 record (at position `index`) into a v1 record, or null when it cannot be read. A practice
 * name found in `practices` becomes its slug; any other name becomes "other".
 */
export function migrateV0Record(raw: unknown, index: number, practices: readonly Practice[]): Entry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { date, text, practice, tags, settled } = raw as Record<string, unknown>;
  if (typeof date !== 'string' || typeof text !== 'string') return null;
  const at = v0Date(date);
  if (!at) return null;
  if (practice !== undefined && typeof practice !== 'string') return null;
  if (tags !== undefined && typeof tags !== 'string') return null;
  const name = practice?.trim().toLowerCase();
  const found = practices.find((p) => p.name.toLowerCase() === name || p.slug === name);
  return readEntry({
    id: `v0-${index}-${hash(date + text)}`,
    at,
    practice: name ? (found?.slug ?? 'other') : null,
    minutes: null,
    text,
    tags: cleanTags((tags ?? '').split(',')),
    settled: settled ?? null,
    pain: null,
  });
}

/**
 * Reads a journal blob of any known version, record by record. Returns null when the blob as a
 * whole is not a journal (not an object, no entries list, or a version this code does not know).
 * A record with an id already seen is kept aside, so no id is ever shared. `practices` names the
 * practices a version-0 record may mention.
 */
export function readJournal(raw: unknown, practices: readonly Practice[]): ReadJournal | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { version, entries } = raw as { version?: unknown; entries?: unknown };
  if (!Array.isArray(entries)) return null;
  const v0 = version === undefined || version === 0;
  if (!v0 && version !== JOURNAL_VERSION) return null;
  const out: ReadJournal = { entries: [], unreadable: [], migrated: v0 };
  const ids = new Set<string>();
  entries.forEach((record: unknown, i) => {
    const entry = v0 ? migrateV0Record(record, i, practices) : readEntry(record);
    if (entry && !ids.has(entry.id)) {
      ids.add(entry.id);
      out.entries.push(entry);
    } else out.unreadable.push(record);
  });
  return out;
}
