import { describe, expect, it } from 'vitest';
import type { GuideRef } from '../../../lib/guides';
import type { GuideData } from '../../../schemas/guide';
import { practicesFrom } from './practice-guides';

const guide = (id: string, title: string, section: GuideData['section'], order: number): GuideRef => ({
  id,
  data: { title, section, order } as GuideData,
});

describe('practicesFrom (the journal practice list, from the guides)', () => {
  it('lists the guides of the practice sections in reading order, by title, then "Other"', () => {
    const guides = [
      guide('pendulation', 'Pendulation', 'advanced-practices', 1),
      guide('what-is-interoception', 'What is interoception?', 'start-here', 1),
      guide('body-scan', 'Body scan', 'core-practices', 2),
      guide('red-flags', 'Red flags', 'safety', 1),
      guide('breath-anchoring', 'Breath anchoring', 'core-practices', 1),
    ];
    expect(practicesFrom(guides)).toEqual([
      { slug: 'breath-anchoring', name: 'Breath anchoring' },
      { slug: 'body-scan', name: 'Body scan' },
      { slug: 'pendulation', name: 'Pendulation' },
      { slug: 'other', name: 'Other' },
    ]);
  });

  it('follows a new practice guide and a renamed one without any list to edit', () => {
    const before = [guide('body-scan', 'Body scan', 'core-practices', 1)];
    const after = [guide('body-scan', 'The body scan', 'core-practices', 1), guide('tai-chi', 'Tai chi', 'advanced-practices', 1)];
    expect(practicesFrom(before).map((p) => p.name)).toEqual(['Body scan', 'Other']);
    expect(practicesFrom(after).map((p) => p.name)).toEqual(['The body scan', 'Tai chi', 'Other']);
  });
});
