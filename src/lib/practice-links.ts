/**
 * Links to a practice guide's player. Apart from ./links.ts, which the practice player loads, so the
 * player does not carry what only the pages and the quiz use.
 */
import { href } from './site';

/** The id of the element that holds a practice guide's player, under its title (GuideLayout). */
export const PRACTICE_ANCHOR = 'practice';

/** A practice guide, opened at its practice player rather than at the top of the page. */
export function practiceHref(slug: string): string {
  return `${href(`guides/${slug}/`)}#${PRACTICE_ANCHOR}`;
}
