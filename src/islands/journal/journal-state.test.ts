import { describe, expect, it } from 'vitest';
import { newDraft } from './entries/draft';
import { readImport } from './import-export/export';
import { hasStorageNotice, initialState, reducer, type JournalEvent, type JournalState } from './journal-state';
import { entry, local, PRACTICES } from './test-helpers';

const now = local(5, 9, 30);
const a = entry({ id: 'a', at: '2026-03-01T10:00:00.000Z', practice: 'pendulation', tags: ['warmth'], text: 'Warm feet.' });
const b = entry({ id: 'b', at: '2026-03-02T10:00:00.000Z', practice: 'body-scan', tags: ['tightness'], text: 'Tight jaw.' });

function ready(entries = [a, b]): JournalState {
  return reducer(initialState, {
    type: 'loaded',
    load: { entries, keptAsideRecords: 0, journalKeptAside: false, unavailable: false },
    draft: newDraft(now),
  });
}
const run = (s: JournalState, ...events: JournalEvent[]) => events.reduce(reducer, s);

describe('journal reducer', () => {
  it('is not ready before it loads, and sorts entries newest first when it does', () => {
    expect(initialState.ready).toBe(false);
    const s = ready([a, b]);
    expect({ ready: s.ready, ids: s.entries.map((e) => e.id), storage: s.storage }).toEqual({
      ready: true,
      ids: ['b', 'a'],
      storage: 'ok',
    });
  });

  it('reports unavailable storage and records kept aside from the load', () => {
    const s = reducer(initialState, {
      type: 'loaded',
      load: { entries: [], keptAsideRecords: 2, journalKeptAside: true, unavailable: true },
      draft: newDraft(now),
    });
    expect({ storage: s.storage, keptAsideRecords: s.keptAsideRecords, journalKeptAside: s.journalKeptAside }).toEqual({
      storage: 'unavailable',
      keptAsideRecords: 2,
      journalKeptAside: true,
    });
  });

  it('saves a new entry, clears the form and says so', () => {
    const s = run(ready([]), { type: 'draft', patch: { text: 'Soft belly.' } }, { type: 'save', id: 'n1', now: local(5, 10) });
    expect(s.entries).toEqual([
      entry({ id: 'n1', at: new Date(now).toISOString(), practice: null, minutes: null, text: 'Soft belly.', tags: [], settled: null }),
    ]);
    expect({ draft: s.draft, notice: s.notice, error: s.error }).toEqual({
      draft: newDraft(local(5, 10)),
      notice: 'Entry saved.',
      error: null,
    });
  });

  it('shows an error for an empty entry, and clears it once that field changes', () => {
    const s = run(ready([]), { type: 'save', id: 'n1', now });
    expect({ entries: s.entries, error: s.error }).toEqual({
      entries: [],
      error: { field: 'text', message: 'Write a few words or choose a sensation, then save.' },
    });
    expect(run(s, { type: 'draft', patch: { settled: '3' } }).error).not.toBeNull();
    expect(run(s, { type: 'draft', patch: { text: 'x' } }).error).toBeNull();
    expect(run(s, { type: 'draft', patch: { tags: ['warmth'] } }).error).toBeNull();
  });

  it('edits an entry in place, keeping its id', () => {
    const s = run(
      ready(),
      { type: 'edit', id: 'a' },
      { type: 'draft', patch: { text: 'Warmer feet.' } },
      { type: 'save', id: 'ignored', now },
    );
    expect(s.entries).toEqual([b, { ...a, text: 'Warmer feet.' }]);
    expect({ editing: s.editing, notice: s.notice }).toEqual({ editing: null, notice: 'Changes saved.' });
  });

  it('cancels an edit without changing the entry', () => {
    const s = run(ready(), { type: 'edit', id: 'a' }, { type: 'draft', patch: { text: 'zzz' } }, { type: 'cancel-edit', now });
    expect({ entries: s.entries, editing: s.editing, draft: s.draft }).toEqual({ entries: [b, a], editing: null, draft: newDraft(now) });
  });

  it('deletes only after confirmation, and undo brings the entry back', () => {
    const asked = run(ready(), { type: 'ask-delete', id: 'a' });
    expect({ entries: asked.entries, confirm: asked.confirm }).toEqual({ entries: [b, a], confirm: { kind: 'delete', id: 'a' } });
    expect(run(asked, { type: 'cancel-confirm' }).entries).toEqual([b, a]);
    const deleted = run(asked, { type: 'confirm', now });
    expect({ entries: deleted.entries, notice: deleted.notice, undo: deleted.undo }).toEqual({
      entries: [b],
      notice: 'Entry deleted.',
      undo: [b, a],
    });
    const undone = run(deleted, { type: 'undo' });
    expect({ entries: undone.entries, undo: undone.undo }).toEqual({ entries: [b, a], undo: null });
  });

  it('deletes everything after confirmation, with undo, and stops an edit in progress', () => {
    const s = run(ready(), { type: 'edit', id: 'a' }, { type: 'ask-delete-all' }, { type: 'confirm', now });
    expect({ entries: s.entries, editing: s.editing, notice: s.notice }).toEqual({
      entries: [],
      editing: null,
      notice: 'All entries deleted.',
    });
    expect(run(s, { type: 'undo' }).entries).toEqual([b, a]);
  });

  it('does not ask to delete everything when there is nothing', () => {
    const s = ready([]);
    expect(reducer(s, { type: 'ask-delete-all' })).toBe(s);
  });

  it('saving after a delete ends the chance to undo', () => {
    const s = run(
      ready(),
      { type: 'ask-delete', id: 'a' },
      { type: 'confirm', now },
      { type: 'draft', patch: { text: 'x' } },
      { type: 'save', id: 'n', now },
    );
    expect(s.undo).toBeNull();
  });

  it('previews an import, then merges it without duplicates', () => {
    const c = entry({ id: 'c', at: '2026-03-03T10:00:00.000Z' });
    const file = JSON.stringify({ format: 'listening-back-journal', version: 1, entries: [a, c] });
    const previewed = run(ready(), { type: 'import-file', fileName: 'j.json', read: readImport(file, PRACTICES) });
    expect(previewed.entries).toEqual([b, a]);
    expect(previewed.preview).toEqual({ fileName: 'j.json', incoming: [a, c], skipped: 0, plan: { added: [c], duplicates: 1 } });
    const merged = run(previewed, { type: 'import-confirm' });
    expect({ entries: merged.entries, preview: merged.preview, notice: merged.notice }).toEqual({
      entries: [c, b, a],
      preview: null,
      notice: 'Added 1 entry.',
    });
  });

  it('a file that holds only a flare plan needs no entries check (the plan has its own)', () => {
    const plan = { version: 1, updatedAt: '2026-03-01T10:00:00.000Z', fields: { helps: 'Heat' } };
    const file = JSON.stringify({ format: 'listening-back-journal', version: 1, entries: [], flarePlan: plan });
    const s = run(ready(), { type: 'import-file', fileName: 'j.json', read: readImport(file, PRACTICES) });
    expect({ entries: s.entries, preview: s.preview, importError: s.importError }).toEqual({ entries: [b, a], preview: null, importError: '' });
  });

  it('a bad import file changes nothing and says why', () => {
    const s = run(ready(), { type: 'import-file', fileName: 'x.txt', read: readImport('not json', PRACTICES) });
    expect({ entries: s.entries, preview: s.preview }).toEqual({ entries: [b, a], preview: null });
    expect(s.importError).toMatch(/not a journal export/);
  });

  it('keeps the filter, changing only what was asked', () => {
    const s = run(ready(), { type: 'filter', patch: { tag: 'warmth' } }, { type: 'filter', patch: { query: 'feet' } });
    expect(s.filter).toEqual({ practice: '', tag: 'warmth', query: 'feet' });
  });

  it('takes entries saved in another tab, newest first, and ends the chance to undo', () => {
    const s = run(ready(), { type: 'ask-delete', id: 'a' }, { type: 'confirm', now }, { type: 'synced', entries: [a, b] });
    expect({ entries: s.entries, undo: s.undo }).toEqual({ entries: [b, a], undo: null });
  });

  it('records a failed save and its recovery', () => {
    const full = run(ready(), { type: 'stored', result: { ok: false, reason: 'full' } });
    expect(full.storage).toBe('full');
    expect(run(full, { type: 'stored', result: { ok: true } }).storage).toBe('ok');
  });
});

describe('storage notice', () => {
  it('is wanted for records kept aside, a whole journal kept aside, or storage that is missing or full, and not otherwise', () => {
    const loaded = (load: Partial<{ keptAsideRecords: number; journalKeptAside: boolean; unavailable: boolean }>) =>
      reducer(initialState, {
        type: 'loaded',
        load: { entries: [], keptAsideRecords: 0, journalKeptAside: false, unavailable: false, ...load },
        draft: newDraft(now),
      });
    const full = run(ready(), { type: 'stored', result: { ok: false, reason: 'full' } });
    expect(
      [ready(), loaded({ keptAsideRecords: 1 }), loaded({ journalKeptAside: true }), loaded({ unavailable: true }), full].map(hasStorageNotice),
    ).toEqual([false, true, true, true, true]);
  });
});
