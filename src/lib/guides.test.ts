import { describe, expect, it } from 'vitest';
import { assertRelatedExist, neighbours, readingMinutes, relatedProblems, sortGuides, type GuideRef } from './guides';
import type { GuideData } from '../schemas/guide';

const guide = (id: string, section: GuideData['section'], order: number, related: string[] = []): GuideRef => ({
  id,
  filePath: `content/guides/${id}.mdx`,
  data: {
    title: id,
    description: 'x.',
    section,
    order,
    reviewed: new Date(0),
    sources: [],
    related: related.map((slug) => ({ id: slug, collection: 'guides' as const })),
    careCardsFirst: false,
  },
});

describe('related guides', () => {
  it('passes when every related slug exists', () => {
    const all = [guide('a', 'start-here', 1, ['b']), guide('b', 'safety', 1)];
    expect(relatedProblems(all)).toEqual([]);
    expect(assertRelatedExist(all)).toBe(all);
  });

  it('names the file, the field and what was received for a missing slug', () => {
    const all = [guide('a', 'start-here', 1, ['b', 'nope']), guide('b', 'safety', 1)];
    expect(relatedProblems(all)).toEqual([
      { file: 'content/guides/a.mdx', path: 'related.1', message: 'Received "nope", Expected one of the guide slugs (a, b)' },
    ]);
    expect(() => assertRelatedExist(all)).toThrow(
      'content/guides/a.mdx: the data does not match its schema\n  - related.1: Received "nope", Expected one of the guide slugs (a, b)',
    );
  });

  it('rejects a guide related to itself', () => {
    expect(relatedProblems([guide('a', 'start-here', 1, ['a'])])).toEqual([
      { file: 'content/guides/a.mdx', path: 'related.0', message: 'a guide cannot be related to itself ("a")' },
    ]);
  });
});

describe('ordering', () => {
  const all = [guide('z', 'safety', 1), guide('c', 'start-here', 2), guide('a', 'start-here', 1), guide('m', 'core-practices', 1)];

  it('sorts by section, then order', () => {
    expect(sortGuides(all).map((g) => g.id)).toEqual(['a', 'c', 'm', 'z']);
  });

  it('finds previous and next within the section only', () => {
    expect(neighbours(all, 'a')).toEqual({ prev: undefined, next: all[1] });
    expect(neighbours(all, 'c')).toEqual({ prev: all[2], next: undefined });
    expect(neighbours(all, 'm')).toEqual({ prev: undefined, next: undefined });
  });

  it('counts reading time at 200 words a minute, at least one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });
});
