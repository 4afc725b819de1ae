import { useEffect, useReducer, useRef } from 'preact/hooks';
import { keepStorageMessage } from '../../lib/persist-storage';
import { browserStorage } from '../../lib/safe-storage';
import { useKeepStorage } from '../../lib/use-keep-storage';
import { useLazy } from '../../lib/use-lazy';
import { newDraft, readHandoff } from './entries/draft';
import type { Entry } from './entries/entry';
import type { Practice } from './entries/practices';
import { DataTools } from './import-export/DataTools';
import { EntryForm } from './entries/EntryForm';
import { EntryList } from './entries/EntryList';
import { hasStorageNotice, initialState, reducer } from './journal-state';
import { PatternsBox } from './patterns/PatternsBox';
import { Status } from './Status';
import { journalStorage, STORAGE_KEY, type JournalStorage } from './storage/journal-storage';
import './Journal.css';

/** Props from Journal.astro. */
export interface JournalProps {
  /** Sensation words from content/journal/sensations.json. */
  words: string[];
  /** Questions to write about, from the same file. */
  prompts: string[];
  /** The practices an entry can belong to, derived from the guides (entries/practice-guides.ts). */
  practices: Practice[];
}

/** A new entry id: time plus randomness, unique enough for one person's journal. */
const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The interoceptive journal: renders state and turns input into events (logic in journal-state.ts).
 * Journal.astro holds what works without JavaScript: printable prompts and a note.
 */
export default function Journal({ words, prompts, practices }: JournalProps) {
  const [state, send] = useReducer(reducer, initialState);
  const store = useRef<JournalStorage | null>(null);
  const saved = useRef<Entry[] | null>(null);
  const kept = useKeepStorage();

  useEffect(() => {
    const s = journalStorage(browserStorage(), practices);
    store.current = s;
    send({ type: 'loaded', load: s.load(Date.now()), draft: newDraft(Date.now(), readHandoff(location.search, practices)) });
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORAGE_KEY) return;
      const { entries } = s.load(Date.now());
      saved.current = null; // what another tab wrote is already stored: do not write it back
      send({ type: 'synced', entries });
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    if (!state.ready || !store.current) return;
    if (saved.current === null || saved.current === state.entries) {
      saved.current = state.entries;
      return;
    }
    saved.current = state.entries;
    const result = store.current.save(state.entries);
    send({ type: 'stored', result });
    // Once there is something saved, ask the browser to keep it when space runs low (src/lib/persist-storage.ts).
    if (result.ok && state.entries.length > 0) kept.ask();
  }, [state.ready, state.entries]);

  // Parts that are off screen at first render load the first time they are needed.
  const Notices = useLazy(hasStorageNotice(state), () => import('./storage/Notices').then((m) => m.Notices));
  const Confirm = useLazy(state.confirm !== null, () => import('./ConfirmDialog').then((m) => m.ConfirmDialog));

  // Before the island runs (and without JavaScript) only Journal.astro's prompts and note show.
  // The empty box stays so that client:visible has an element to watch.
  if (!state.ready) return <div class="jr-app" />;
  return (
    <div class="jr-app">
      {/* The alert region is there from the start, so that a notice is announced when it appears. */}
      <div role="alert" class="jr-alerts">
        {Notices && <Notices state={state} />}
      </div>
      <EntryForm state={state} send={send} words={words} prompts={prompts} practices={practices} newId={newId} />
      <Status state={state} send={send} />
      {kept.answer && <p>{keepStorageMessage(kept.answer, 'your journal')}</p>}
      <EntryList state={state} send={send} practices={practices} />
      <PatternsBox entries={state.entries} />
      <DataTools state={state} send={send} practices={practices} />
      {Confirm && <Confirm state={state} send={send} />}
    </div>
  );
}
