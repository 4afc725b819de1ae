import type { SaveResult } from '../../lib/safe-storage';
import { sortEntries, type Entry } from './entries/entry';
import type { ImportRead } from './import-export/export';
import { draftFromEntry, entryFromDraft, newDraft, type Draft, type DraftField } from './entries/draft';
import { plural } from './format';
import type { Filter } from './entries/filter';
import { applyMerge, planMerge, type MergePlan } from './import-export/merge';
import type { JournalLoad } from './storage/journal-storage';

/** An import read and waiting for the reader to confirm it. */
export interface ImportPreview {
  fileName: string;
  incoming: Entry[];
  /** Records in the file that could not be read and will be left out. */
  skipped: number;
  plan: MergePlan;
}

/** Everything the journal shows, as plain data. */
export interface JournalState {
  /** False until the island has run and read storage (the server-rendered HTML). */
  ready: boolean;
  entries: Entry[];
  draft: Draft;
  /** Id of the entry being edited, or null for a new entry. */
  editing: string | null;
  error: { field: DraftField; message: string } | null;
  filter: Filter;
  /** A delete waiting for "Yes, delete". */
  confirm: { kind: 'delete'; id: string } | { kind: 'delete-all' } | null;
  /** The entries before the last delete or import, while it can be undone. */
  undo: Entry[] | null;
  preview: ImportPreview | null;
  importError: string;
  /** The latest short message for the polite live region. */
  notice: string;
  storage: 'ok' | 'unavailable' | 'full';
  /** How many records could not be read and were kept aside on this load. */
  keptAsideRecords: number;
  /** True when the journal as a whole could not be read and was kept aside. */
  journalKeptAside: boolean;
}

/** Everything that can happen to the journal. Time and new ids come in with the event. */
export type JournalEvent =
  | { type: 'loaded'; load: JournalLoad; draft: Draft }
  | { type: 'draft'; patch: Partial<Draft> }
  | { type: 'save'; id: string; now: number }
  | { type: 'edit'; id: string }
  | { type: 'cancel-edit'; now: number }
  | { type: 'filter'; patch: Partial<Filter> }
  | { type: 'ask-delete'; id: string }
  | { type: 'ask-delete-all' }
  | { type: 'cancel-confirm' }
  | { type: 'confirm'; now: number }
  | { type: 'undo' }
  | { type: 'import-file'; fileName: string; read: ImportRead }
  | { type: 'import-confirm' }
  | { type: 'import-cancel' }
  | { type: 'stored'; result: SaveResult }
  | { type: 'synced'; entries: Entry[] };

/** The state before the island runs. */
export const initialState: JournalState = {
  ready: false,
  entries: [],
  draft: newDraft(0),
  editing: null,
  error: null,
  filter: { practice: '', tag: '', query: '' },
  confirm: null,
  undo: null,
  preview: null,
  importError: '',
  notice: '',
  storage: 'ok',
  keptAsideRecords: 0,
  journalKeptAside: false,
};

/** True when there is a storage problem to tell the reader about (records kept aside, no storage, full). */
export function hasStorageNotice(s: JournalState): boolean {
  return s.journalKeptAside || s.keptAsideRecords > 0 || s.storage !== 'ok';
}

/** True when a form change touches what the error was about (an empty entry is fixed by words or tags). */
const fixes = (field: DraftField, patch: Partial<Draft>) =>
  (field === 'text' ? (['text', 'tags', 'own'] as const) : [field]).some((f) => patch[f] !== undefined);

/** Applies one event; returns the same state object when nothing changes. */
export function reducer(s: JournalState, ev: JournalEvent): JournalState {
  switch (ev.type) {
    case 'loaded': {
      const { entries, keptAsideRecords, journalKeptAside, unavailable } = ev.load;
      return {
        ...s,
        ready: true,
        entries: sortEntries(entries),
        keptAsideRecords,
        journalKeptAside,
        storage: unavailable ? 'unavailable' : 'ok',
        draft: ev.draft,
      };
    }
    case 'draft':
      return { ...s, draft: { ...s.draft, ...ev.patch }, error: s.error && fixes(s.error.field, ev.patch) ? null : s.error };
    case 'save': {
      const checked = entryFromDraft(s.draft, s.editing ?? ev.id);
      if (!checked.ok) return { ...s, error: { field: checked.field, message: checked.message }, notice: '' };
      const others = s.entries.filter((e) => e.id !== checked.entry.id);
      const notice = s.editing ? 'Changes saved.' : 'Entry saved.';
      return {
        ...s,
        entries: sortEntries([...others, checked.entry]),
        draft: newDraft(ev.now),
        editing: null,
        error: null,
        undo: null,
        notice,
      };
    }
    case 'edit': {
      const entry = s.entries.find((e) => e.id === ev.id);
      return entry ? { ...s, editing: entry.id, draft: draftFromEntry(entry), error: null, notice: '' } : s;
    }
    case 'cancel-edit':
      return { ...s, editing: null, draft: newDraft(ev.now), error: null, notice: 'Editing cancelled.' };
    case 'filter':
      return { ...s, filter: { ...s.filter, ...ev.patch } };
    case 'ask-delete':
      return { ...s, confirm: { kind: 'delete', id: ev.id } };
    case 'ask-delete-all':
      return s.entries.length ? { ...s, confirm: { kind: 'delete-all' } } : s;
    case 'cancel-confirm':
      return s.confirm ? { ...s, confirm: null } : s;
    case 'confirm': {
      if (!s.confirm) return s;
      const one = s.confirm.kind === 'delete' ? s.confirm.id : null;
      const entries = one ? s.entries.filter((e) => e.id !== one) : [];
      const stopEditing = !one || s.editing === one;
      return {
        ...s,
        entries,
        confirm: null,
        undo: s.entries,
        notice: one ? 'Entry deleted.' : 'All entries deleted.',
        ...(stopEditing ? { editing: null, draft: newDraft(ev.now), error: null } : {}),
      };
    }
    case 'undo':
      return s.undo ? { ...s, entries: s.undo, undo: null, notice: 'Undone. Your entries are back.' } : s;
    case 'import-file': {
      const { read } = ev;
      if (!read.ok) return { ...s, preview: null, importError: read.message, notice: '' };
      const { entries: incoming, skipped } = read;
      // A file with a flare plan and no entries: only the plan's own check shows (PlanImport).
      if (!incoming.length && !skipped && read.flarePlan.status !== 'none') return { ...s, importError: '', preview: null, notice: '' };
      return { ...s, importError: '', preview: { fileName: ev.fileName, incoming, skipped, plan: planMerge(s.entries, incoming) } };
    }
    case 'import-confirm': {
      if (!s.preview) return s;
      const plan = planMerge(s.entries, s.preview.incoming);
      const added = plan.added.length;
      return {
        ...s,
        entries: applyMerge(s.entries, plan),
        preview: null,
        undo: added ? s.entries : null,
        notice: `Added ${plural(added, 'entry', 'entries')}.`,
      };
    }
    case 'import-cancel':
      return { ...s, preview: null, importError: '', notice: 'Import cancelled. Nothing was added.' };
    case 'stored': {
      const storage = ev.result.ok ? 'ok' : ev.result.reason;
      return storage === s.storage ? s : { ...s, storage };
    }
    case 'synced':
      // Another tab saved: take its entries (the form and filters stay as they are).
      return { ...s, entries: sortEntries(ev.entries), undo: null };
  }
}
