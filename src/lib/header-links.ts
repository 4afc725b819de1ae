import { SECTIONS, SECTION_SHORT_NAMES } from '../schemas/guide';
import type { GuideRef } from './guides';

/** One link in the site header: its words and its site path (for href()). */
export interface HeaderLink {
  label: string;
  path: string;
}

/** The header's links in two groups: those always on screen, and those in the menu. */
export interface HeaderLinks {
  /** Shown on every page at every width, beside "In a flare?": the way to urgent help. */
  always: HeaderLink[];
  /** Behind "Menu" on a phone, in a row of their own on a wide screen. */
  menu: HeaderLink[];
}

/**
 * The header's links, from the guides as they are. "Red flags" (the safety section's first guide, which
 * stands for that section) is always visible, so the way to urgent help is one tap from every page. The
 * menu holds each other section that has a guide, in reading order, then the journal and all guides.
 */
export function headerLinks(guides: readonly Pick<GuideRef, 'data'>[]): HeaderLinks {
  const sections = SECTIONS.filter((s) => s !== 'safety' && guides.some((g) => g.data.section === s));
  return {
    always: [{ label: 'Red flags', path: 'guides/red-flags/' }],
    menu: [
      ...sections.map((s) => ({ label: SECTION_SHORT_NAMES[s], path: `sections/${s}/` })),
      { label: 'Journal', path: 'journal/' },
      { label: 'All guides', path: 'guides/' },
    ],
  };
}
