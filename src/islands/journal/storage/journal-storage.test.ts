import { describe, expect, it } from 'vitest';
import { memoryStore, type KeyValueStore } from '../../../lib/safe-storage';
import { KEPT_ASIDE_KEY, journalStorage, STORAGE_KEY } from './journal-storage';
import { entry, PRACTICES } from '../test-helpers';

const blob = (entries: unknown[], version: unknown = 1) => JSON.stringify({ version, entries });

describe('journal storage', () => {
  it('loads nothing from an empty store, and saves { version, entries }', () => {
    const kv = memoryStore();
    const store = journalStorage(kv, PRACTICES);
    expect(store.load(1)).toEqual({ entries: [], keptAsideRecords: 0, journalKeptAside: false, unavailable: false });
    expect(store.save([entry()])).toEqual({ ok: true });
    expect(JSON.parse(kv.dump()[STORAGE_KEY] ?? '')).toEqual({ version: 1, entries: [entry()] });
  });

  it('reads back what it saved', () => {
    const kv = memoryStore();
    journalStorage(kv, PRACTICES).save([entry()]);
    expect(journalStorage(kv, PRACTICES).load(1).entries).toEqual([entry()]);
  });

  it('keeps corrupt records aside under another key, reports how many, and rewrites the rest', () => {
    const kv = memoryStore({ [STORAGE_KEY]: blob([entry(), { id: 'b', at: 'never' }, 7]) });
    expect(journalStorage(kv, PRACTICES).load(1)).toEqual({ entries: [entry()], keptAsideRecords: 2, journalKeptAside: false, unavailable: false });
    expect(kv.dump()).toEqual({
      [STORAGE_KEY]: blob([entry()]),
      [KEPT_ASIDE_KEY]: JSON.stringify([{ id: 'b', at: 'never' }, 7]),
    });
  });

  it('adds to records already kept aside, without repeating one', () => {
    const kv = memoryStore({ [STORAGE_KEY]: blob([7, 8]), [KEPT_ASIDE_KEY]: '[7]' });
    journalStorage(kv, PRACTICES).load(1);
    expect(kv.dump()[KEPT_ASIDE_KEY]).toBe('[7,8]');
  });

  it('keeps a corrupt journal aside as a whole, untouched', () => {
    const kv = memoryStore({ [STORAGE_KEY]: '{"version":1,"entries":[' });
    expect(journalStorage(kv, PRACTICES).load(42)).toEqual({ entries: [], keptAsideRecords: 0, journalKeptAside: true, unavailable: false });
    expect(kv.dump()).toEqual({ [`${STORAGE_KEY}.unreadable.42`]: '{"version":1,"entries":[' });
  });

  it('keeps aside a journal from a newer version rather than reading it wrong', () => {
    const kv = memoryStore({ [STORAGE_KEY]: blob([], 2) });
    expect(journalStorage(kv, PRACTICES).load(5).journalKeptAside).toBe(true);
    expect(kv.dump()).toEqual({ [`${STORAGE_KEY}.unreadable.5`]: blob([], 2) });
  });

  it('migrates version 0 and writes version 1 back', () => {
    const kv = memoryStore({ [STORAGE_KEY]: JSON.stringify({ entries: [{ date: '2026-03-05', text: 'x' }] }) });
    const { entries } = journalStorage(kv, PRACTICES).load(1);
    expect(JSON.parse(kv.dump()[STORAGE_KEY] ?? '')).toEqual({ version: 1, entries });
  });

  it('reports unavailable storage', () => {
    const store = journalStorage(null, PRACTICES);
    expect(store.load(1)).toEqual({ entries: [], keptAsideRecords: 0, journalKeptAside: false, unavailable: true });
    expect(store.save([])).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('reports full storage and never overwrites records it could not keep aside', () => {
    const data: Record<string, string> = { [STORAGE_KEY]: blob([entry(), 7]) };
    const full: KeyValueStore = {
      getItem: (k) => data[k] ?? null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: (k) => void delete data[k],
    };
    const store = journalStorage(full, PRACTICES);
    expect(store.load(1)).toEqual({ entries: [entry()], keptAsideRecords: 1, journalKeptAside: false, unavailable: false });
    expect(store.save([entry()])).toEqual({ ok: false, reason: 'full' });
    expect(data).toEqual({ [STORAGE_KEY]: blob([entry(), 7]) });
  });

  it('does not save over a corrupt journal it could not keep aside', () => {
    let stored = 'garbage';
    const kv: KeyValueStore = {
      getItem: () => stored,
      setItem: (k, v) => {
        if (k !== STORAGE_KEY) throw new Error('QuotaExceededError');
        stored = v;
      },
      removeItem: () => undefined,
    };
    const store = journalStorage(kv, PRACTICES);
    expect(store.load(1).journalKeptAside).toBe(true);
    expect(store.save([entry()])).toEqual({ ok: false, reason: 'full' });
    expect(stored).toBe('garbage');
  });
});
