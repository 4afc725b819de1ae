import { describe, expect, it } from 'vitest';
import { loadJson, memoryStore, saveJson, type KeyValueStore } from './safe-storage';

const parseCount = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && typeof (raw as { n?: unknown }).n === 'number' ? (raw as { n: number }) : null;

describe('safe storage', () => {
  it('reads a value that parses', () => {
    const store = memoryStore({ k: '{"n":3}' });
    expect(loadJson(store, 'k', parseCount, 5)).toEqual({ status: 'ok', value: { n: 3 } });
  });

  it('reports empty when nothing is stored', () => {
    expect(loadJson(memoryStore(), 'k', parseCount, 5)).toEqual({ status: 'empty' });
  });

  it('keeps broken JSON aside under another key, untouched', () => {
    const store = memoryStore({ k: '{not json' });
    expect(loadJson(store, 'k', parseCount, 5)).toEqual({ status: 'kept-aside', keptAsideKey: 'k.unreadable.5' });
    expect(store.dump()).toEqual({ 'k.unreadable.5': '{not json' });
  });

  it('keeps aside JSON of the wrong shape', () => {
    const store = memoryStore({ k: '{"n":"three"}' });
    expect(loadJson(store, 'k', parseCount, 9)).toEqual({ status: 'kept-aside', keptAsideKey: 'k.unreadable.9' });
    expect(store.dump()).toEqual({ 'k.unreadable.9': '{"n":"three"}' });
  });

  it('leaves unreadable data in place when it cannot be kept aside under another key', () => {
    const full: KeyValueStore = {
      getItem: () => 'garbage',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('must not remove');
      },
    };
    expect(loadJson(full, 'k', parseCount, 1)).toEqual({ status: 'kept-aside', keptAsideKey: 'k' });
  });

  it('says when storage is unavailable or full', () => {
    expect(loadJson(null, 'k', parseCount, 1)).toEqual({ status: 'unavailable' });
    expect(saveJson(null, 'k', 1)).toEqual({ ok: false, reason: 'unavailable' });
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(saveJson(full, 'k', { n: 1 })).toEqual({ ok: false, reason: 'full' });
    const store = memoryStore();
    expect(saveJson(store, 'k', { n: 1 })).toEqual({ ok: true });
    expect(store.dump()).toEqual({ k: '{"n":1}' });
  });
});
