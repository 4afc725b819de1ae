import { SECTIONS, SECTION_SHORT_NAMES } from '../schemas/guide';
import type { GuideRef } from './guides';

/** One link in the site header: its words and its site path (for href()). */
export interface HeaderLink {
  label: string;
  path: string;
}

/**
 * The header's links, from the guides as they are: each section that holds a guide, in reading order,
 * then the journal and the red flags. The safety section has no link of its own: "Red flags", its
 * first guide, stands for it, so the way to urgent help is one tap from every page.
 */
export function headerLinks(guides: readonly Pick<GuideRef, 'data'>[]): HeaderLink[] {
  const sections = SECTIONS.filter((s) => s !== 'safety' && guides.some((g) => g.data.section === s));
  return [
    ...sections.map((s) => ({ label: SECTION_SHORT_NAMES[s], path: `sections/${s}/` })),
    { label: 'Journal', path: 'journal/' },
    { label: 'Red flags', path: 'guides/red-flags/' },
  ];
}
