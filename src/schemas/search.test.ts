import { describe, expect, it } from 'vitest';
import { guideKeywordsSchema, synonymSchema } from './search';

/** The first problem zod reports, as "path: message". */
function firstProblem(schema: typeof synonymSchema | typeof guideKeywordsSchema, data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) return 'no problem';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('synonym rules', () => {
  it('accepts phrases with apostrophes and plain words to find', () => {
    expect(firstProblem(synonymSchema, { when: ["can't sleep", 'insomnia'], find: ['sleep', 'night'] })).toBe('no problem');
  });
  it('names the field of a word to find that has an apostrophe or capitals', () => {
    expect(firstProblem(synonymSchema, { when: ['x y'], find: ["can't"] })).toMatch(/^find\.0: must be one lower-case word/);
    expect(firstProblem(synonymSchema, { when: ['x y'], find: ['Sleep'] })).toMatch(/^find\.0: /);
  });
  it('refuses a reader phrase in capitals, of more than four words, or with double spaces', () => {
    expect(firstProblem(synonymSchema, { when: ['Insomnia'], find: ['sleep'] })).toMatch(/^when\.0: must be one to four lower-case words/);
    expect(firstProblem(synonymSchema, { when: ['i can not get to sleep'], find: ['sleep'] })).toMatch(/^when\.0: /);
    expect(firstProblem(synonymSchema, { when: ['cant  sleep'], find: ['sleep'] })).toMatch(/^when\.0: /);
  });
  it('refuses an unknown field and empty lists', () => {
    expect(firstProblem(synonymSchema, { when: ['a b'], find: ['cc'], also: [] })).toMatch(/also|Unrecognized/);
    expect(firstProblem(synonymSchema, { when: [], find: ['sleep'] })).toMatch(/^when: /);
  });
});

describe('guide keywords', () => {
  it('accepts plain words and names a bad one', () => {
    expect(firstProblem(guideKeywordsSchema, { words: ['sleep', 'bed'] })).toBe('no problem');
    expect(firstProblem(guideKeywordsSchema, { words: ['sleep', 'lying down'] })).toMatch(/^words\.1: must be one lower-case word/);
  });
});
