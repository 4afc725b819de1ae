import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldPath, formatProblems, friendlyParse } from './friendly-parse';

const schema = z
  .object({
    /** A name. */
    name: z.string().min(2),
    /** A list of counts. */
    counts: z.array(z.number().int()),
  })
  .strict();

describe('friendlyParse', () => {
  it('returns the parsed data when it fits', () => {
    expect(friendlyParse(schema, { name: 'Jo', counts: [1, 2] }, 'content/x.json')).toEqual({ name: 'Jo', counts: [1, 2] });
  });

  it('throws one error naming the file and every bad field, in order', () => {
    expect(() => friendlyParse(schema, { name: 'J', counts: [1, 'two'], extra: true }, 'content/x.json')).toThrow(
      [
        'content/x.json: the data does not match its schema',
        '  - name: Too small: expected string to have >=2 characters',
        '  - counts.1: Invalid input: expected number, received string',
        '  - (root): Unrecognized key: "extra"',
      ].join('\n'),
    );
  });
});

describe('formatProblems and fieldPath', () => {
  it('word a problem found outside zod (a cross-file check) the same way', () => {
    expect(formatProblems('content/guides/a.mdx', [{ path: fieldPath(['related', 1]), message: 'Received "nope"' }])).toBe(
      'content/guides/a.mdx: the data does not match its schema\n  - related.1: Received "nope"',
    );
    expect(fieldPath([])).toBe('(root)');
  });
});
