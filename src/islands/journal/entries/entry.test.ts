import { describe, expect, it } from 'vitest';
import { cleanTags, contentKey, readEntry, sortEntries } from './entry';
import { entry } from '../test-helpers';

describe('readEntry (validation of a version-1 record)', () => {
  it('accepts a complete record and returns it field for field', () => {
    expect(readEntry(entry())).toEqual(entry());
  });

  it('accepts the smallest record: no practice, length or ratings', () => {
    const raw = { id: 'x', at: '2026-03-05T09:30:00.000Z', text: '', tags: ['stillness'] };
    expect(readEntry(raw)).toEqual({
      id: 'x',
      at: '2026-03-05T09:30:00.000Z',
      practice: null,
      minutes: null,
      text: '',
      tags: ['stillness'],
      settled: null,
      pain: null,
    });
  });

  it('drops unknown fields and cleans tags', () => {
    expect(readEntry({ ...entry(), extra: 1, tags: [' Warmth ', 'warmth', 'Emotion   rising'] })).toEqual(
      entry({ tags: ['warmth', 'emotion rising'] }),
    );
  });

  it('takes ratings at 0 and 10 and refuses -1 and 11', () => {
    expect(readEntry(entry({ settled: 0, pain: 10 }))).toEqual(entry({ settled: 0, pain: 10 }));
    expect(readEntry(entry({ settled: 10, pain: 0 }))).toEqual(entry({ settled: 10, pain: 0 }));
    expect(readEntry(entry({ settled: -1 }))).toBeNull();
    expect(readEntry(entry({ pain: 11 }))).toBeNull();
    expect(readEntry(entry({ settled: 5.5 }))).toBeNull();
  });

  it('takes 1 and 600 minutes and refuses 0 and 601', () => {
    expect(readEntry(entry({ minutes: 1 }))?.minutes).toBe(1);
    expect(readEntry(entry({ minutes: 600 }))?.minutes).toBe(600);
    expect(readEntry(entry({ minutes: 0 }))).toBeNull();
    expect(readEntry(entry({ minutes: 601 }))).toBeNull();
  });

  it.each([
    ['not an object', 'hello'],
    ['an array', []],
    ['null', null],
    ['no id', { ...entry(), id: undefined }],
    ['an empty id', entry({ id: '' })],
    ['a date that is not a date', entry({ at: 'yesterday-ish' })],
    ['a practice that is not a slug', { ...entry(), practice: 'Body Scan' }],
    ['a practice that is not text', { ...entry(), practice: 7 }],
    ['text that is not a string', { ...entry(), text: 42 }],
    ['tags that are not a list', { ...entry(), tags: 'warmth' }],
    ['an empty tag', entry({ tags: ['  '] })],
    ['a tag of 41 letters', entry({ tags: ['a'.repeat(41)] })],
    ['text of 5001 characters', entry({ text: 'a'.repeat(5001) })],
  ])('refuses a record with %s', (_, raw) => {
    expect(readEntry(raw)).toBeNull();
  });

  it('keeps a practice the site no longer offers, so an entry never loses it when a guide is renamed', () => {
    expect(readEntry(entry({ practice: 'juggling' }))?.practice).toBe('juggling');
  });

  it('keeps a tag of 40 letters and text of 5000 characters', () => {
    const long = entry({ tags: ['a'.repeat(40)], text: 'a'.repeat(5000) });
    expect(readEntry(long)).toEqual(long);
  });
});

describe('entry helpers', () => {
  it('cleans tags: trimmed, lower case, single spaces, no repeats or empties', () => {
    expect(cleanTags([' Tingling', 'tingling', '', 'Emotion  Rising '])).toEqual(['tingling', 'emotion rising']);
  });

  it('gives the same content key to entries that differ only by id', () => {
    expect(contentKey(entry({ id: 'a' }))).toBe(contentKey(entry({ id: 'b' })));
    expect(contentKey(entry({ id: 'a' }))).not.toBe(contentKey(entry({ id: 'a', text: 'other' })));
  });

  it('sorts newest first, ties by id', () => {
    const a = entry({ id: 'a', at: '2026-03-01T10:00:00.000Z' });
    const b = entry({ id: 'b', at: '2026-03-02T10:00:00.000Z' });
    const c = entry({ id: 'c', at: '2026-03-02T10:00:00.000Z' });
    expect(sortEntries([a, c, b]).map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });
});
