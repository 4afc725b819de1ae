import { describe, expect, it } from 'vitest';
import { readImport, toJsonExport, toMarkdown } from './export';
import { entry, local, PRACTICES } from '../test-helpers';
import type { FlarePlan } from '../../flare-plan/flare-plan';

const now = Date.UTC(2026, 2, 6, 8, 0);
const PLAN: FlarePlan = { version: 1, updatedAt: '2026-03-01T10:00:00.000Z', fields: { helps: 'Heat', contacts: 'Sam 07700 900123' } };

describe('JSON export and import', () => {
  it('exports every entry with the format, version and time', () => {
    expect(toJsonExport([entry()], now)).toEqual({
      format: 'listening-back-journal',
      version: 1,
      exportedAt: '2026-03-06T08:00:00.000Z',
      entries: [entry()],
    });
  });

  it('reads its own export back to the same entries', () => {
    const file = JSON.stringify(toJsonExport([entry({ id: 'a' }), entry({ id: 'b', pain: 3 })], now));
    expect(readImport(file, PRACTICES)).toEqual({
      ok: true,
      entries: [entry({ id: 'a' }), entry({ id: 'b', pain: 3 })],
      skipped: 0,
      flarePlan: { status: 'none' },
    });
  });

  it('carries the flare plan when there is one, and reads it back through the plan check', () => {
    const copy = toJsonExport([entry()], now, PLAN);
    expect(copy).toEqual({ format: 'listening-back-journal', version: 1, exportedAt: '2026-03-06T08:00:00.000Z', entries: [entry()], flarePlan: PLAN });
    expect(readImport(JSON.stringify(copy), PRACTICES)).toEqual({ ok: true, entries: [entry()], skipped: 0, flarePlan: { status: 'ok', plan: PLAN } });
    const noEntries = readImport(JSON.stringify(toJsonExport([], now, PLAN)), PRACTICES);
    expect(noEntries).toEqual({ ok: true, entries: [], skipped: 0, flarePlan: { status: 'ok', plan: PLAN } });
  });

  it('keeps the entries of a file whose flare plan cannot be read, and says the plan is unreadable', () => {
    const file = JSON.stringify({ ...toJsonExport([entry()], now), flarePlan: { ...PLAN, fields: { helps: 7 } } });
    expect(readImport(file, PRACTICES)).toEqual({ ok: true, entries: [entry()], skipped: 0, flarePlan: { status: 'unreadable' } });
  });

  it('reads a stored journal of version 0, migrating it', () => {
    const read = readImport(JSON.stringify({ entries: [{ date: '2026-03-05', text: 'x' }] }), PRACTICES);
    expect(read).toMatchObject({ ok: true, skipped: 0, entries: [{ text: 'x' }] });
  });

  it('leaves out records it cannot read and counts them', () => {
    const file = JSON.stringify({ ...toJsonExport([entry()], now), entries: [entry(), { id: 'x' }] });
    expect(readImport(file, PRACTICES)).toEqual({ ok: true, entries: [entry()], skipped: 1, flarePlan: { status: 'none' } });
  });

  it.each([
    ['text that is not JSON', 'hello', /not a journal export/],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, entries: [] }), /not a journal export/],
    ['a list', '[]', /not a journal export/],
    ['a newer version', JSON.stringify({ format: 'listening-back-journal', version: 2, entries: [] }), /newer version/],
    ['only unreadable entries', JSON.stringify({ version: 1, entries: [{ id: 1 }] }), /None of the entries/],
  ])('refuses %s with a clear message', (_, text, message) => {
    const read = readImport(text, PRACTICES);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });
});

describe('Markdown export', () => {
  it('writes a readable page, newest first as given', () => {
    const es = [
      entry({
        id: 'b',
        at: new Date(local(6, 18, 5)).toISOString(),
        practice: null,
        minutes: 5,
        tags: [],
        settled: null,
        text: 'Line one\n# not a heading',
      }),
      entry({ pain: 4 }),
    ];
    expect(toMarkdown(es, local(7, 8), PRACTICES, 'en-GB')).toBe(
      [
        '# My interoceptive journal',
        '',
        'Exported from Listening Back on Saturday, 7 March 2026 at 08:00. 2 entries, newest first.',
        '',
        '## Friday, 6 March 2026 at 18:05',
        '',
        '- Length: 5 minutes',
        '',
        '> Line one',
        '> \\# not a heading',
        '',
        '## Thursday, 5 March 2026 at 09:30',
        '',
        '- Practice: Body scan (10 minutes)',
        '- Sensations: softening, warmth',
        '- How settled: 6 out of 10',
        '- Pain: 4 out of 10',
        '',
        '> My breath softened part-way through.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no entries', () => {
    expect(toMarkdown([], local(7, 8), PRACTICES, 'en-GB')).toContain('0 entries');
  });
});
