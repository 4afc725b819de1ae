import { useEffect, useReducer, useRef } from 'preact/hooks';
import { browserStorage } from '../../lib/safe-storage';
import { newDraft, readHandoff } from './draft';
import type { Entry } from './entry';
import { ConfirmDialog } from './ConfirmDialog';
import { DataTools } from './DataTools';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { initialState, reducer } from './journal';
import { Notices, Status } from './Notices';
import { PatternsBox } from './PatternsBox';
import { journalStorage, STORAGE_KEY, type JournalStorage } from './storage';
import './Journal.css';

/** Props from Journal.astro. */
export interface JournalProps {
  /** Sensation words from content/journal/sensations.json. */
  words: string[];
  /** Questions to write about, from the same file. */
  prompts: string[];
}

/** A new entry id: time plus randomness, unique enough for one person's journal. */
const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The interoceptive journal: renders state and turns input into events (logic in journal.ts).
 * Journal.astro holds what works without JavaScript: printable prompts and a note.
 */
export default function Journal({ words, prompts }: JournalProps) {
  const [state, send] = useReducer(reducer, initialState);
  const store = useRef<JournalStorage | null>(null);
  const saved = useRef<Entry[] | null>(null);

  useEffect(() => {
    const s = journalStorage(browserStorage());
    store.current = s;
    send({ type: 'loaded', load: s.load(Date.now()), draft: newDraft(Date.now(), readHandoff(location.search)) });
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
    send({ type: 'stored', result: store.current.save(state.entries) });
  }, [state.ready, state.entries]);

  // Before the island runs (and without JavaScript) only Journal.astro's prompts and note show.
  // The empty box stays so that client:visible has an element to watch.
  if (!state.ready) return <div class="jr-app" />;
  return (
    <div class="jr-app">
      <Notices state={state} send={send} />
      <EntryForm state={state} send={send} words={words} prompts={prompts} newId={newId} />
      <Status state={state} send={send} />
      <EntryList state={state} send={send} />
      <PatternsBox entries={state.entries} />
      <DataTools state={state} send={send} />
      <ConfirmDialog state={state} send={send} />
    </div>
  );
}
