/** Site links the guide offers, under the site's base path. */
const BASE = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');

/** The red-flags guide: when back pain needs a doctor. */
export const RED_FLAGS = `${BASE}guides/red-flags/`;

/** The interoceptive journaling guide. */
export const JOURNALING = `${BASE}guides/interoceptive-journaling/`;

/** The journal, told which practice was done and for how long (the journal reads these params). */
export function journalHref(minutes: number | null): string {
  const m = minutes === null ? '' : `&minutes=${minutes}`;
  return `${BASE}journal/?practice=pendulation${m}`;
}
