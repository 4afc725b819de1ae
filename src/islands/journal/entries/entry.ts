/** The version of the journal data this code writes. */
export const JOURNAL_VERSION = 1;

/** One journal entry (data version 1). Every field is plain JSON. */
export interface Entry {
  /** Unique, stable id; never reused. */
  id: string;
  /** When the practice happened, as an ISO 8601 date-time. */
  at: string;
  /**
   * Which practice, as its slug ("body-scan", "other"), or null when none was chosen. Any slug is read,
   * so an entry keeps its practice even after the site stops offering it.
   */
  practice: string | null;
  /** How long the practice took, in whole minutes (1 to 600), or null. */
  minutes: number | null;
  /** "What did you notice?", as typed. */
  text: string;
  /** Sensation words, lower case, no repeats. */
  tags: string[];
  /** "How settled do you feel?" 0 to 10, or null when skipped. */
  settled: number | null;
  /** Pain 0 to 10, only when the reader turned it on; otherwise null. */
  pain: number | null;
}

/** A practice slug as an entry stores it: lower-case words joined by hyphens. */
const PRACTICE_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Limits a record must keep to be read. */
export const LIMITS = { text: 5000, tags: 30, tag: 40, minutes: 600 } as const;

const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const orNull = (v: unknown, min: number, max: number): number | null | undefined =>
  v === null || v === undefined ? null : isInt(v, min, max) ? v : undefined;

/** Cleans a list of tags: trimmed, lower case, without empties or repeats. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))];
}

/**
 * Reads one version-1 record. Returns a fresh Entry with fields in a fixed order (unknown fields
 * dropped), or null when any field is missing or out of range.
 */
export function readEntry(raw: unknown): Entry | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const { id, at, practice, text, tags } = r;
  const minutes = orNull(r.minutes, 1, LIMITS.minutes);
  const settled = orNull(r.settled, 0, 10);
  const pain = orNull(r.pain, 0, 10);
  if (typeof id !== 'string' || id.length < 1 || id.length > 100) return null;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (practice !== null && practice !== undefined && !(typeof practice === 'string' && practice.length <= 100 && PRACTICE_SLUG.test(practice))) {
    return null;
  }
  if (typeof text !== 'string' || text.length > LIMITS.text) return null;
  if (!Array.isArray(tags) || tags.length > LIMITS.tags) return null;
  if (!tags.every((t) => typeof t === 'string' && t.trim().length > 0 && t.length <= LIMITS.tag)) return null;
  if (minutes === undefined || settled === undefined || pain === undefined) return null;
  return {
    id,
    at: new Date(at).toISOString(),
    practice: practice ?? null,
    minutes,
    text,
    tags: cleanTags(tags as string[]),
    settled,
    pain,
  };
}

/** What an entry says, without its id: two entries with the same key are the same content. */
export function contentKey(e: Entry): string {
  const { id: _id, ...rest } = e;
  return JSON.stringify(rest);
}

/** Entries newest first (ties by id, so the order is stable). */
export function sortEntries(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}
