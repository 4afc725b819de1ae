import { describe, expect, it } from 'vitest';
import { usedTags, visibleEntries, type Filter } from './filter';
import { entry } from '../test-helpers';

const a = entry({ id: 'a', at: '2026-03-01T10:00:00.000Z', practice: 'pendulation', tags: ['warmth'], text: 'Warm feet.' });
const b = entry({ id: 'b', at: '2026-03-02T10:00:00.000Z', practice: 'body-scan', tags: ['tightness'], text: 'Tight jaw.' });
const none: Filter = { practice: '', tag: '', query: '' };
const ids = (patch: Partial<Filter>) => visibleEntries([b, a], { ...none, ...patch }).map((e) => e.id);

describe('filtering the list', () => {
  it('shows everything with no filter', () => expect(ids({})).toEqual(['b', 'a']));
  it('filters by practice', () => expect(ids({ practice: 'pendulation' })).toEqual(['a']));
  it('filters by tag', () => expect(ids({ tag: 'tightness' })).toEqual(['b']));
  it('searches the text, ignoring case and spaces around', () => expect(ids({ query: ' JAW ' })).toEqual(['b']));
  it('searches the tags too', () => expect(ids({ query: 'warmth' })).toEqual(['a']));
  it('finds nothing when nothing matches', () => expect(ids({ query: 'elbow' })).toEqual([]));
  it('combines filters', () => expect(ids({ practice: 'pendulation', tag: 'tightness' })).toEqual([]));
  it('lists used tags A to Z, once each', () => expect(usedTags([b, a, a])).toEqual(['tightness', 'warmth']));
});
