import { describe, expect, it } from 'vitest';
import { migrateV0Record, readJournal } from './migrate';
import { entry, PRACTICES } from '../test-helpers';

describe('migration from version 0', () => {
  it('turns a v0 record into a v1 entry', () => {
    const v0 = { date: '2026-03-05T09:30', text: 'Warm hands.', practice: 'Body scan', tags: 'Warmth, tingling', settled: 7 };
    expect(migrateV0Record(v0, 3, PRACTICES)).toEqual({
      id: expect.stringMatching(/^v0-3-[0-9a-z]+$/),
      at: new Date(2026, 2, 5, 9, 30).toISOString(),
      practice: 'body-scan',
      minutes: null,
      text: 'Warm hands.',
      tags: ['warmth', 'tingling'],
      settled: 7,
      pain: null,
    });
  });

  it('dates a bare day at midday local time, not midnight UTC', () => {
    expect(migrateV0Record({ date: '2026-03-05', text: 'x' }, 0, PRACTICES)?.at).toBe(new Date(2026, 2, 5, 12).toISOString());
  });

  it('maps a practice name it knows to its slug, any other name to "other", none to null', () => {
    const practiceOf = (practice?: string) => migrateV0Record({ date: '2026-03-05', text: 'x', practice }, 0, PRACTICES)?.practice;
    expect(practiceOf('pendulation')).toBe('pendulation');
    expect(practiceOf('Micro-movement mapping')).toBe('micro-movement-mapping');
    expect(practiceOf('Yoga')).toBe('other');
    expect(practiceOf(undefined)).toBeNull();
  });

  it('gives the same id each time, so migrating twice gives the same entries', () => {
    const v0 = { date: '2026-03-05', text: 'x' };
    expect(migrateV0Record(v0, 0, PRACTICES)?.id).toBe(migrateV0Record(v0, 0, PRACTICES)?.id);
    expect(migrateV0Record(v0, 0, PRACTICES)?.id).not.toBe(migrateV0Record({ ...v0, text: 'y' }, 0, PRACTICES)?.id);
  });

  it.each([
    ['no date', { text: 'x' }],
    ['a date that is not a date', { date: 'soon', text: 'x' }],
    ['no text', { date: '2026-03-05' }],
    ['tags as a list (v0 used a string)', { date: '2026-03-05', text: 'x', tags: ['warmth'] }],
    ['settled out of range', { date: '2026-03-05', text: 'x', settled: 12 }],
  ])('cannot read a v0 record with %s', (_, raw) => {
    expect(migrateV0Record(raw, 0, PRACTICES)).toBeNull();
  });
});

describe('readJournal', () => {
  it('reads version 1 as it is', () => {
    expect(readJournal({ version: 1, entries: [entry()] }, PRACTICES)).toEqual({ entries: [entry()], unreadable: [], migrated: false });
  });

  it('migrates a blob with version 0 or no version', () => {
    const v0 = { entries: [{ date: '2026-03-05', text: 'x' }] };
    expect(readJournal(v0, PRACTICES)).toMatchObject({ migrated: true, unreadable: [], entries: [{ text: 'x', tags: [] }] });
    expect(readJournal({ ...v0, version: 0 }, PRACTICES)).toEqual(readJournal(v0, PRACTICES));
  });

  it('sets unreadable records apart, untouched, and keeps the rest', () => {
    const bad = { id: 'b', at: 'never' };
    expect(readJournal({ version: 1, entries: [entry(), bad, 'junk'] }, PRACTICES)).toEqual({
      entries: [entry()],
      unreadable: [bad, 'junk'],
      migrated: false,
    });
  });

  it('sets apart a second record with an id already used', () => {
    const twin = entry({ text: 'twin' });
    expect(readJournal({ version: 1, entries: [entry(), twin] }, PRACTICES)).toEqual({ entries: [entry()], unreadable: [twin], migrated: false });
  });

  it.each([
    ['not an object', 'hello'],
    ['a bare list', [entry()]],
    ['no entries list', { version: 1 }],
    ['a newer version', { version: 2, entries: [] }],
    ['a version that is not a number', { version: '1', entries: [] }],
  ])('refuses a whole blob that is %s', (_, raw) => {
    expect(readJournal(raw, PRACTICES)).toBeNull();
  });
});
