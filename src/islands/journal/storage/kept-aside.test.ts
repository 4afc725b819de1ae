import { describe, expect, it } from 'vitest';
import { isKeptAsideKey, keptAsideExport, storedKeys } from './kept-aside';

describe('kept-aside data', () => {
  it('recognises every kind of kept-aside key and nothing else', () => {
    expect(isKeptAsideKey('lb-journal.kept-aside')).toBe(true);
    expect(isKeptAsideKey('lb-journal.unreadable.1767225600000')).toBe(true);
    expect(isKeptAsideKey('lb-journal.kept-aside.unreadable.1767225600000')).toBe(true);
    expect(isKeptAsideKey('lb-journal')).toBe(false);
    expect(isKeptAsideKey('lb-journal', true)).toBe(true);
    expect(isKeptAsideKey('lb-journals')).toBe(false);
    expect(isKeptAsideKey('lb-breath-timer-settings.unreadable.1')).toBe(false);
    expect(isKeptAsideKey('lb-theme')).toBe(false);
  });

  it('keeps each text exactly as stored, sorted by key, with the time it was made', () => {
    const broken = '{"version":1,"entries":[{"id":';
    const out = keptAsideExport(
      [
        { key: 'lb-theme', text: 'dark' },
        { key: 'lb-journal.unreadable.2', text: broken },
        { key: 'lb-journal.kept-aside', text: '[{"id":"b","at":"never"},42]' },
        { key: 'lb-journal', text: '{"version":1,"entries":[]}' },
      ],
      Date.UTC(2026, 2, 5, 9, 30),
    );
    expect(out).toEqual({
      format: 'listening-back-journal-kept-aside',
      exportedAt: '2026-03-05T09:30:00.000Z',
      items: [
        { key: 'lb-journal.kept-aside', text: '[{"id":"b","at":"never"},42]' },
        { key: 'lb-journal.unreadable.2', text: broken },
      ],
    });
  });

  it('is an empty list when nothing was kept aside', () => {
    expect(keptAsideExport([], 0).items).toEqual([]);
  });
});

describe('storedKeys', () => {
  it('lists every key, and nothing where storage cannot be read', () => {
    const keys = ['lb-journal', 'lb-journal.kept-aside'];
    expect(storedKeys({ length: 2, key: (i: number) => keys[i] ?? null })).toEqual(keys);
    expect(storedKeys(null)).toEqual([]);
    const blocked = {
      get length(): number {
        throw new DOMException('blocked', 'SecurityError');
      },
      key: () => null,
    };
    expect(storedKeys(blocked)).toEqual([]);
  });
});
