/** Site links the practice tools offer, under the site's base path (BASE_PATH). */
import { href } from './site';

/** The red-flags guide: when back pain needs a doctor. */
export const RED_FLAGS = href('guides/red-flags/');

/** The interoceptive journaling guide. */
export const JOURNALING = href('guides/interoceptive-journaling/');

/**
 * The journal, told which practice was done and for how long (the journal reads these params).
 * `stoppedEarly` adds `stopped=early`, so a session the reader stopped can be kept as such.
 */
export function journalHref(practice: string, minutes: number | null, stoppedEarly = false): string {
  const m = minutes === null ? '' : `&minutes=${minutes}`;
  return `${href('journal/')}?practice=${encodeURIComponent(practice)}${m}${stoppedEarly ? '&stopped=early' : ''}`;
}
