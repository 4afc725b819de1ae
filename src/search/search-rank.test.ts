import { describe, expect, it } from 'vitest';
import { rankByTitle, withHighlight, type SearchHit } from './search-rank';

const hit = (title: string, url = `/guides/${title.toLowerCase().replace(/\s+/g, '-')}/`): SearchHit => ({
  url,
  title,
  section: 'Core practices',
  excerpt: '',
});

describe('rankByTitle', () => {
  it('puts a full title match first, then partial, keeping Pagefind order within groups', () => {
    const hits = [hit('Daily ritual'), hit('Breath anchoring'), hit('Body scan'), hit('Breath and body')];
    expect(rankByTitle(hits, 'breath anchoring').map((h) => h.title)).toEqual([
      'Breath anchoring',
      'Breath and body',
      'Daily ritual',
      'Body scan',
    ]);
  });

  it('leaves the order alone for an empty query', () => {
    const hits = [hit('B'), hit('A')];
    expect(rankByTitle(hits, '  ')).toEqual(hits);
  });
});

describe('withHighlight', () => {
  it('adds the query, encoded, before any anchor', () => {
    expect(withHighlight('/guides/pendulation/#steps', 'pendulate out')).toBe('/guides/pendulation/?highlight=pendulate%20out#steps');
    expect(withHighlight('/guides/a/?x=1', 'b')).toBe('/guides/a/?x=1&highlight=b');
  });
});
