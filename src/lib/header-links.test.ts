import { describe, expect, it } from 'vitest';
import type { GuideData, Section } from '../schemas/guide';
import { headerLinks } from './header-links';

const inSection = (section: Section) => ({ data: { section } as GuideData });

describe('headerLinks', () => {
  it('keeps the red flags always in view and puts every section that holds a guide, in reading order, then the journal and all guides in the menu', () => {
    const guides = (['safety', 'going-further', 'start-here', 'advanced-practices', 'core-practices', 'start-here'] as const).map(inSection);
    expect(headerLinks(guides)).toEqual({
      always: [{ label: 'Red flags', path: 'guides/red-flags/' }],
      menu: [
        { label: 'Start here', path: 'sections/start-here/' },
        { label: 'Core practices', path: 'sections/core-practices/' },
        { label: 'Advanced', path: 'sections/advanced-practices/' },
        { label: 'Going further', path: 'sections/going-further/' },
        { label: 'Journal', path: 'journal/' },
        { label: 'All guides', path: 'guides/' },
      ],
    });
  });

  it('leaves out a section with no guide yet, so no header link leads to an empty page', () => {
    const { always, menu } = headerLinks([inSection('start-here'), inSection('safety')]);
    expect(always.map((l) => l.label)).toEqual(['Red flags']);
    expect(menu.map((l) => l.label)).toEqual(['Start here', 'Journal', 'All guides']);
  });
});
