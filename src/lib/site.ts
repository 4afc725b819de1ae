/** Site name, used in titles and the header. */
export const SITE_NAME = 'Listening Back';

/** One line that says what the site is, for the home page and meta tags. */
export const SITE_TAGLINE = 'Gentle interoceptive practices for back pain, in plain words.';

/** Prefixes a site path with the configured base path (BASE_PATH), keeping one slash between them. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** Formats a date as "25 November 2026" (UTC, so builds agree everywhere). */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The date twelve months after `date`: when a guide is next due for review. */
export function nextReview(date: Date): Date {
  const next = new Date(date.getTime());
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}
