import { describe, expect, it } from 'vitest';
import type { GuideData, Section } from '../schemas/guide';
import { headerLinks } from './header-links';

const inSection = (section: Section) => ({ data: { section } as GuideData });

describe('headerLinks', () => {
  it('links every section that holds a guide, in reading order, then the journal and the red flags', () => {
    const guides = (['safety', 'going-further', 'start-here', 'advanced-practices', 'core-practices', 'start-here'] as const).map(inSection);
    expect(headerLinks(guides)).toEqual([
      { label: 'Start here', path: 'sections/start-here/' },
      { label: 'Core practices', path: 'sections/core-practices/' },
      { label: 'Advanced', path: 'sections/advanced-practices/' },
      { label: 'Going further', path: 'sections/going-further/' },
      { label: 'Journal', path: 'journal/' },
      { label: 'Red flags', path: 'guides/red-flags/' },
    ]);
  });

  it('leaves out a section with no guide yet, so no header link leads to an empty page', () => {
    const labels = headerLinks([inSection('start-here'), inSection('safety')]).map((l) => l.label);
    expect(labels).toEqual(['Start here', 'Journal', 'Red flags']);
  });
});
