import { href } from '../../lib/site';

/** The red-flags guide: when back pain needs a doctor. */
export const RED_FLAGS = href('guides/red-flags/');

/** The interoceptive journaling guide. */
export const JOURNALING = href('guides/interoceptive-journaling/');

/** The journal, told which practice was done and for how long (the journal reads these params). */
export function journalHref(minutes: number | null): string {
  const m = minutes === null ? '' : `&minutes=${minutes}`;
  return `${href('journal/')}?practice=pendulation${m}`;
}
