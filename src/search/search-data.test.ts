import { describe, expect, it } from 'vitest';
import { compileSynonyms, unknownGuides } from './search-data';

describe('compileSynonyms', () => {
  it('writes each phrase as search reads it, once', () => {
    const { synonyms, problems } = compileSynonyms([{ id: 'sleep', data: { when: ["can't sleep", 'cant sleep', 'Insomnia'], find: ['sleep'] } }]);
    expect(synonyms).toEqual([{ when: ['cant sleep', 'insomnia'], find: ['sleep'] }]);
    expect(problems).toEqual([]);
  });
  it('names a phrase that two rules claim', () => {
    const { problems } = compileSynonyms([
      { id: 'stress', data: { when: ['tense'], find: ['stress'] } },
      { id: 'stiffness', data: { when: ['stiff', 'tense'], find: ['stiff'] } },
    ]);
    expect(problems).toEqual([{ path: 'stiffness.when', message: '"tense" is already in rule "stress"; a phrase belongs to one rule' }]);
  });
});

describe('unknownGuides', () => {
  it('names keys that are not guides', () => {
    expect(unknownGuides(['body-scan', 'body-scann'], ['body-scan', 'pendulation'])).toEqual([
      { path: 'body-scann', message: 'there is no guide content/guides/body-scann.mdx (expected one of: body-scan, pendulation)' },
    ]);
  });
});
