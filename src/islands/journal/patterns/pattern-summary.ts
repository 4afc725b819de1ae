import type { Entry } from '../entries/entry';
import { dayKey } from '../format';
import { dayStart, inWindow, WINDOW_DAYS, windowDay, windowStart } from './recent';

/** How many whole weeks the "sessions per week" chart shows (the last 28 of the 30 days). */
export const WEEKS = 4;

/** A picture of the last 30 days, as plain numbers ready to draw. */
export interface PatternSummary {
  /** Entries dated within the window. */
  total: number;
  /** First and last day of the window, as local "YYYY-MM-DD". */
  first: string;
  last: string;
  /** How many entries carried each tag, most first (then A to Z). */
  tags: { tag: string; count: number }[];
  /** Entries in each of the last four 7-day weeks, oldest first; days as local "YYYY-MM-DD". */
  weeks: { first: string; last: string; count: number }[];
  /** Settled ratings, oldest first; `day` counts from 0 (first day) to 29 (today). */
  settled: { at: string; day: number; value: number }[];
}

/** Aggregates entries over the 30 calendar days up to and including the day of `now`. */
export function patternSummary(entries: readonly Entry[], now: number): PatternSummary {
  const today = new Date(now);
  const start = windowStart(now);
  const recent = entries
    .map((e) => ({ e, day: windowDay(e.at, start) }))
    .filter(({ day }) => inWindow(day))
    .sort((a, b) => a.e.at.localeCompare(b.e.at));

  const tagCounts = new Map<string, number>();
  for (const { e } of recent) for (const t of e.tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);

  const firstWeekDay = WINDOW_DAYS - 7 * WEEKS;
  const weeks = Array.from({ length: WEEKS }, (_, w) => {
    const from = firstWeekDay + 7 * w;
    return {
      first: dayKey(dayStart(start, from)),
      last: dayKey(dayStart(start, from + 6)),
      count: recent.filter(({ day }) => day >= from && day < from + 7).length,
    };
  });

  return {
    total: recent.length,
    first: dayKey(start),
    last: dayKey(today),
    tags: [...tagCounts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
    weeks,
    settled: recent.flatMap(({ e, day }) => (e.settled === null ? [] : [{ at: e.at, day, value: e.settled }])),
  };
}
