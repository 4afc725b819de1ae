import { describe, expect, it } from 'vitest';
import { cleanQuery, combine, expandQuery, highlightWords, MAX_QUERY_LENGTH, relevant, sameWord, searchTerms, words, type Synonym } from './query';

const synonyms: Synonym[] = [
  { when: ['cant sleep', 'insomnia', 'awake at night'], find: ['sleep', 'night'] },
  { when: ['numb'], find: ['numbness'] },
  { when: ['hurts', 'hurt'], find: ['pain'] },
  { when: ['stressed'], find: ['stress', 'tension'] },
];

describe('words', () => {
  it('drops case, accents and apostrophes, and splits on anything else', () => {
    expect(words("Can't  SLEEP—café’s, 3am!")).toEqual(['cant', 'sleep', 'cafes', '3am']);
  });
  it('keeps at most twelve words and none longer than thirty letters', () => {
    expect(words('a '.repeat(20))).toHaveLength(12);
    expect(words(`${'x'.repeat(31)} ok`)).toEqual(['ok']);
  });
});

describe('cleanQuery', () => {
  it('drops control characters and collapses spaces', () => {
    expect(cleanQuery(' body\u0000\tscan\u200b \n')).toBe('body scan');
  });
  it('cuts a very long query at a word boundary', () => {
    const long = 'breath '.repeat(40);
    const cleaned = cleanQuery(long);
    expect(cleaned.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cleaned.endsWith('breath')).toBe(true);
    expect(cleanQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('expandQuery', () => {
  it('finds "cant sleep" written with or without an apostrophe as sleep or night', () => {
    const want = { all: 'cant sleep', groups: [['sleep', 'night']] };
    expect(expandQuery("can't sleep", synonyms)).toEqual(want);
    expect(expandQuery('Cant sleep', synonyms)).toEqual(want);
  });
  it('keeps the reader\'s own word beside its synonyms', () => {
    expect(expandQuery('numb leg', synonyms)).toEqual({ all: 'numb leg', groups: [['numb', 'numbness'], ['leg']] });
  });
  it('sets filler words aside and makes one group per idea', () => {
    expect(expandQuery('my back hurts when stressed', synonyms)).toEqual({
      all: 'my back hurts when stressed',
      groups: [['back'], ['hurts', 'pain'], ['stressed', 'stress', 'tension']],
    });
  });
  it('prefers the longest phrase and does not repeat an idea', () => {
    expect(expandQuery('awake at night insomnia', synonyms).groups).toEqual([['sleep', 'night', 'insomnia']]);
    expect(expandQuery('back back', synonyms).groups).toEqual([['back']]);
  });
  it('keeps the words of a query that is all filler', () => {
    expect(expandQuery('how do i', synonyms)).toEqual({ all: 'how do i', groups: [['how'], ['do'], ['i']] });
  });
  it('gives nothing to search for when there are no words', () => {
    expect(expandQuery(' ?! ', synonyms)).toEqual({ all: '', groups: [] });
  });
  it('lists every term once', () => {
    expect(searchTerms(expandQuery('numb and numbness', synonyms))).toEqual(['numb', 'numbness']);
  });
});

describe('combine', () => {
  const expanded = { all: 'back stressed', groups: [['back'], ['stressed', 'stress']] };
  it('puts pages with every idea first, counting each group once, at its best word', () => {
    const terms = new Map([
      ['back', [{ id: 'a', score: 1 }, { id: 'b', score: 5 }]],
      ['stressed', [{ id: 'a', score: 2 }]],
      ['stress', [{ id: 'a', score: 3 }, { id: 'c', score: 9 }]],
    ]);
    expect(combine(expanded, [], terms)).toEqual([
      { id: 'a', best: 'stress', score: 4 },
      { id: 'c', best: 'stress', score: 9 / 4 },
      { id: 'b', best: 'back', score: 5 / 4 },
    ]);
  });
  it('counts an all-words match in full and names it as the best source when it scores highest', () => {
    const terms = new Map([['back', [{ id: 'b', score: 1 }]]]);
    expect(combine(expanded, [{ id: 'b', score: 6 }], terms)).toEqual([{ id: 'b', best: 'back stressed', score: 7 }]);
  });
  it('gives nothing for nothing', () => {
    expect(combine(expanded, [], new Map())).toEqual([]);
  });
});

describe('sameWord', () => {
  it('accepts a form of the term and refuses a scrap', () => {
    expect(sameWord('numbness', 'numb')).toBe(true);
    expect(sameWord('Stress', 'stressed')).toBe(true);
    expect(sameWord('a', 'audio')).toBe(false);
    expect(sameWord('aud', 'audio')).toBe(false);
    expect(sameWord('GP', 'gp')).toBe(true);
    expect(sameWord('go', 'gp')).toBe(false);
  });
});

describe('relevant', () => {
  it('keeps pages scoring at least the given share of the best', () => {
    const ranked = [
      { id: 'a', score: 10 },
      { id: 'b', score: 1.5 },
      { id: 'c', score: 1.4 },
    ];
    expect(relevant(ranked).map((p) => p.id)).toEqual(['a', 'b']);
    expect(relevant([])).toEqual([]);
  });
});

describe('highlightWords', () => {
  const expanded = expandQuery('does it really hurt', synonyms);
  it('marks the word that found the page', () => {
    expect(highlightWords('pain', expanded)).toBe('pain');
  });
  it('marks only the reader\'s own words that are not filler for the all-words search', () => {
    expect(highlightWords('does it really hurt', expanded)).toBe('hurt');
    expect(highlightWords('how do i', expandQuery('how do i', synonyms))).toBe('how do i');
  });
});
