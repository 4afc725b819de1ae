import { cleanTags, LIMITS, readEntry, type Entry } from './entry';
import { isPractice, type Practice } from './practices';

/** The entry form's fields, as the inputs hold them (strings; '' means empty). */
export interface Draft {
  /** datetime-local value, "YYYY-MM-DDTHH:mm" in local time. */
  at: string;
  /** A practice slug, or '' for none. */
  practice: string;
  minutes: string;
  text: string;
  /** Ticked sensation words (from the list or added before). */
  tags: string[];
  /** "Your own words", comma-separated, not yet added to `tags`. */
  own: string;
  settled: string;
  /** The pain question is off unless the reader turns it on. */
  painOn: boolean;
  pain: string;
}

/** A form field that can hold an error. */
export type DraftField = 'at' | 'minutes' | 'text' | 'own';

/** What checking a draft gave: an entry, or the first problem with the field it belongs to. */
export type DraftCheck = { ok: true; entry: Entry } | { ok: false; field: DraftField; message: string };

/** What another page handed over in the address: ?practice=<slug>&minutes=<n>&stopped=early. */
export interface Handoff {
  /** One of the journal's practices, or ''. */
  practice: string;
  minutes: string;
  /** The practice player says the session was stopped before its end (`stopped=early`). */
  stoppedEarly: boolean;
}

/** No hand-off: an empty form. */
export const NO_HANDOFF: Handoff = { practice: '', minutes: '', stoppedEarly: false };

/**
 * The note's first words after a session stopped early: said plainly, as a fact the reader may keep
 * or delete (stopping is part of the practice, never a failure).
 */
export const STOPPED_EARLY_NOTE = 'I stopped this session before its planned end.';

const pad = (n: number) => String(n).padStart(2, '0');

/** A time as a datetime-local value in local time ("2026-03-05T09:30"). */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads the hand-off from a query string; a practice not in `practices`, or anything odd, falls back to empty. */
export function readHandoff(search: string, practices: readonly Practice[]): Handoff {
  const q = new URLSearchParams(search);
  const practice = q.get('practice') ?? '';
  const minutes = q.get('minutes') ?? '';
  const n = Number(minutes);
  return {
    practice: isPractice(practice, practices) ? practice : '',
    minutes: /^\d{1,3}$/.test(minutes) && n >= 1 && n <= LIMITS.minutes ? String(n) : '',
    stoppedEarly: q.get('stopped') === 'early',
  };
}

/** An empty form dated `now`, with any hand-off filled in (a session stopped early starts the note). */
export function newDraft(now: number, handoff: Handoff = NO_HANDOFF): Draft {
  const { practice, minutes, stoppedEarly } = handoff;
  const text = stoppedEarly ? `${STOPPED_EARLY_NOTE} ` : '';
  return { at: toLocalInput(now), practice, minutes, text, tags: [], own: '', settled: '', painOn: false, pain: '' };
}

/** The form filled with an entry, for editing. */
export function draftFromEntry(e: Entry): Draft {
  const num = (n: number | null) => (n === null ? '' : String(n));
  return {
    at: toLocalInput(Date.parse(e.at)),
    practice: e.practice ?? '',
    minutes: num(e.minutes),
    text: e.text,
    tags: [...e.tags],
    own: '',
    settled: num(e.settled),
    painOn: e.pain !== null,
    pain: num(e.pain),
  };
}

/** Checks a draft and turns it into an entry with the given id. */
export function entryFromDraft(d: Draft, id: string): DraftCheck {
  const at = new Date(d.at);
  if (!d.at || Number.isNaN(at.getTime())) {
    return { ok: false, field: 'at', message: 'Enter the date and time of your practice.' };
  }
  const minutes = d.minutes.trim() === '' ? null : Number(d.minutes);
  if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= LIMITS.minutes)) {
    return { ok: false, field: 'minutes', message: 'Enter the length as whole minutes, from 1 to 600, or leave it empty.' };
  }
  const own = d.own.split(',');
  if (own.some((t) => t.trim().length > LIMITS.tag)) {
    return { ok: false, field: 'own', message: 'Keep each of your own words shorter than 40 letters.' };
  }
  const tags = cleanTags([...d.tags, ...own]);
  if (tags.length > LIMITS.tags) return { ok: false, field: 'own', message: 'You can add up to 30 words to one entry.' };
  if (!d.text.trim() && tags.length === 0) {
    return { ok: false, field: 'text', message: 'Write a few words or choose a sensation, then save.' };
  }
  const rating = (v: string) => (v === '' ? null : Number(v));
  const entry = readEntry({
    id,
    at: at.toISOString(),
    practice: d.practice || null,
    minutes,
    text: d.text.trim(),
    tags,
    settled: rating(d.settled),
    pain: d.painOn ? rating(d.pain) : null,
  });
  return entry ? { ok: true, entry } : { ok: false, field: 'text', message: 'Keep your note shorter than 5,000 characters.' };
}
