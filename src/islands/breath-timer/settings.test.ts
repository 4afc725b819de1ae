import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../lib/safe-storage';
import { DEFAULT_SETTINGS, minutesFromSearch, parseMinutes, parseSettings, SETTINGS_KEY } from './settings';
import { loadSettings } from './use-settings';

describe('typed minutes', () => {
  it('accepts whole numbers from 1 to 60, with spaces around', () => {
    expect(['1', '7', ' 12 ', '60', '05'].map(parseMinutes)).toEqual([1, 7, 12, 60, 5]);
  });

  it('refuses anything else', () => {
    expect(['0', '61', '7.5', '-3', 'abc', '', ' ', '1e1', '100', '5 min'].map(parseMinutes)).toEqual(Array(10).fill(null));
  });

  it('reads ?minutes=N and falls back on anything odd', () => {
    expect(minutesFromSearch('?minutes=10')).toBe(10);
    expect(minutesFromSearch('?practice=x&minutes=1')).toBe(1);
    expect(['?minutes=abc', '?minutes=0', '?minutes=61', '?minutes=2.5', '?minutes=', ''].map(minutesFromSearch)).toEqual(Array(6).fill(null));
  });
});

describe('stored settings', () => {
  it('accepts a full version-1 object and drops unknown fields', () => {
    const stored = { ...DEFAULT_SETTINGS, minutes: 20, bells: true, extra: 'x' };
    expect(parseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, minutes: 20, bells: true });
  });

  it('refuses other versions, missing fields and values out of range', () => {
    const bad = [
      null,
      'text',
      [],
      { ...DEFAULT_SETTINGS, version: 2 },
      { ...DEFAULT_SETTINGS, minutes: 0 },
      { ...DEFAULT_SETTINGS, minutes: '5' },
      { ...DEFAULT_SETTINGS, chime: 'yes' },
      { ...DEFAULT_SETTINGS, chimeVolume: 1.5 },
      { ...DEFAULT_SETTINGS, bellVolume: -0.1 },
      { ...DEFAULT_SETTINGS, bellEvery: 4 },
      { ...DEFAULT_SETTINGS, pace: 9 },
      { version: 1, minutes: 5 },
    ];
    expect(bad.map(parseSettings)).toEqual(Array(bad.length).fill(null));
  });
});

describe('loading', () => {
  it('uses the defaults when nothing is stored', () => {
    expect(loadSettings(memoryStore(), '', 1)).toEqual({ settings: DEFAULT_SETTINGS, keptAside: false });
    expect(loadSettings(null, '', 1)).toEqual({ settings: DEFAULT_SETTINGS, keptAside: false });
  });

  it('uses what was saved, with a valid ?minutes= on top', () => {
    const store = memoryStore({ [SETTINGS_KEY]: JSON.stringify({ ...DEFAULT_SETTINGS, minutes: 15, pacer: true }) });
    expect(loadSettings(store, '', 1)).toEqual({ settings: { ...DEFAULT_SETTINGS, minutes: 15, pacer: true }, keptAside: false });
    expect(loadSettings(store, '?minutes=3', 1).settings.minutes).toBe(3);
    expect(loadSettings(store, '?minutes=abc', 1).settings.minutes).toBe(15);
  });

  it('keeps corrupt data aside under another key and uses the defaults', () => {
    const store = memoryStore({ [SETTINGS_KEY]: '{"version":1,"minutes":' });
    expect(loadSettings(store, '', 42)).toEqual({ settings: DEFAULT_SETTINGS, keptAside: true });
    expect(store.dump()).toEqual({ [`${SETTINGS_KEY}.unreadable.42`]: '{"version":1,"minutes":' });
  });
});
