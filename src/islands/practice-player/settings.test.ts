import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../lib/safe-storage';
import { DEFAULT_SETTINGS, minutesFor, parseSettings, SETTINGS_KEY } from './settings';
import { loadSettings } from './use-player-settings';

const script = { lengths: [3, 5, 10], defaultMinutes: 5 };

describe('practice settings', () => {
  it('accepts a full version-1 object and drops unknown fields', () => {
    const stored = { ...DEFAULT_SETTINGS, minutes: { 'body-scan': 15 }, pace: 'slower', voiceUri: 'x', extra: 1 };
    expect(parseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, minutes: { 'body-scan': 15 }, pace: 'slower', voiceUri: 'x' });
  });

  it.each([
    ['nothing', null],
    ['another version', { ...DEFAULT_SETTINGS, version: 2 }],
    ['a length that is not whole minutes', { ...DEFAULT_SETTINGS, minutes: { 'body-scan': 2.5 } }],
    ['a slug that is not kebab-case', { ...DEFAULT_SETTINGS, minutes: { 'Body Scan': 5 } }],
    ['a settle-in not on the list', { ...DEFAULT_SETTINGS, settleSeconds: 45 }],
    ['an unknown pace', { ...DEFAULT_SETTINGS, pace: 'fast' }],
    ['a voice that is not on or off', { ...DEFAULT_SETTINGS, voice: 'yes' }],
    ['a missing tone', { ...DEFAULT_SETTINGS, tones: { start: true, cue: true, end: true } }],
  ])('refuses %s', (_name, raw) => {
    expect(parseSettings(raw)).toBeNull();
  });

  it("remembers each practice's length, and falls back to the script's default when it no longer offers it", () => {
    expect(minutesFor({ ...DEFAULT_SETTINGS, minutes: { a: 10, b: 10 } }, 'a', script)).toBe(10);
    expect(minutesFor({ ...DEFAULT_SETTINGS, minutes: { a: 20 } }, 'a', script)).toBe(5);
    expect(minutesFor(DEFAULT_SETTINGS, 'a', script)).toBe(5);
  });

  it('sets corrupt data aside under another key and uses the defaults', () => {
    const store = memoryStore({ [SETTINGS_KEY]: '{"version":1,' });
    expect(loadSettings(store, 42)).toEqual({ settings: DEFAULT_SETTINGS, keptAside: true });
    expect(store.dump()).toEqual({ [`${SETTINGS_KEY}.unreadable.42`]: '{"version":1,' });
    expect(loadSettings(null, 1)).toEqual({ settings: DEFAULT_SETTINGS, keptAside: false });
  });
});
