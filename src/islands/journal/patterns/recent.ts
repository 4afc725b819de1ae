/**
 * The 30-day window the patterns look at. Apart from pattern-summary.ts so that the journal can tell whether
 * there is anything to chart without downloading the charts.
 */

/** How many calendar days the patterns look back, today included. */
export const WINDOW_DAYS = 30;

/** Local midnight `offset` days after the day of `d`. */
export function dayStart(d: Date, offset = 0): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset);
}

/** Local midnight of the window's first day, for the window that ends on the day of `now`. */
export function windowStart(now: number): Date {
  return dayStart(new Date(now), 1 - WINDOW_DAYS);
}

/** Which day of the window an ISO time falls on: 0 is the first day, WINDOW_DAYS - 1 is today. */
export function windowDay(iso: string, start: Date): number {
  // Rounding keeps whole days right across daylight-saving changes (23- or 25-hour days).
  return Math.round((dayStart(new Date(iso)).getTime() - start.getTime()) / 86_400_000);
}

/** Whether a day number from windowDay falls within the window. */
export const inWindow = (day: number): boolean => day >= 0 && day < WINDOW_DAYS;

/** Whether any entry falls within the window that ends on the day of `now`. */
export function hasRecent(entries: readonly { at: string }[], now: number): boolean {
  const start = windowStart(now);
  return entries.some((e) => inWindow(windowDay(e.at, start)));
}
