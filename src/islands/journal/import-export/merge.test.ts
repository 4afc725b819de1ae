import { describe, expect, it } from 'vitest';
import { applyMerge, planMerge } from './merge';
import { entry } from '../test-helpers';

const a = entry({ id: 'a', at: '2026-03-01T10:00:00.000Z' });
const b = entry({ id: 'b', at: '2026-03-02T10:00:00.000Z' });
const c = entry({ id: 'c', at: '2026-03-03T10:00:00.000Z' });

describe('merge on import', () => {
  it('adds new entries and skips the same id with the same content', () => {
    expect(planMerge([a, b], [b, c])).toEqual({ added: [c], duplicates: 1 });
    expect(applyMerge([a, b], planMerge([a, b], [b, c]))).toEqual([c, b, a]);
  });

  it('merging a journal into itself adds nothing', () => {
    expect(planMerge([a, b, c], [c, b, a])).toEqual({ added: [], duplicates: 3 });
  });

  it('keeps both when an id comes back with different words, under a derived id', () => {
    const edited = { ...a, text: 'Edited elsewhere.' };
    expect(planMerge([a], [edited])).toEqual({ added: [{ ...edited, id: 'a~2' }], duplicates: 0 });
  });

  it('adds nothing when the same file is imported a second time', () => {
    const edited = { ...a, text: 'Edited elsewhere.' };
    const once = applyMerge([a], planMerge([a], [edited, b]));
    expect(planMerge(once, [edited, b])).toEqual({ added: [], duplicates: 2 });
  });

  it('treats entries with the same content but different ids as different entries', () => {
    const twin = { ...a, id: 'a-twin' };
    expect(planMerge([a], [twin])).toEqual({ added: [twin], duplicates: 0 });
  });

  it('skips a repeat inside the imported file itself', () => {
    expect(planMerge([], [c, c])).toEqual({ added: [c], duplicates: 1 });
  });
});
