import { sortGuides, type GuideRef } from '../../../lib/guides';
import type { Section } from '../../../schemas/guide';
import { OTHER_PRACTICE, type Practice } from './practices';

/** The sections whose guides are practices a journal entry can belong to. */
export const PRACTICE_SECTIONS: readonly Section[] = ['core-practices', 'advanced-practices'];

/**
 * The journal's practices, derived from the guides (build time only, in Journal.astro): every guide in
 * a practice section, in reading order, named by its title, then "Other". A new practice guide joins
 * the list by being written; a renamed one cannot drift from it.
 */
export function practicesFrom(guides: readonly GuideRef[]): Practice[] {
  const practiceGuides = sortGuides(guides.filter((g) => PRACTICE_SECTIONS.includes(g.data.section)));
  return [...practiceGuides.map((g) => ({ slug: g.id, name: g.data.title })), OTHER_PRACTICE];
}
