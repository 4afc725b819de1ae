import { useEffect, useState } from 'preact/hooks';
import { browserStorage, loadJson, saveJson, type KeyValueStore } from '../../lib/safe-storage';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type PlayerSettings } from './settings';

/** Settings as loaded, and whether unreadable stored data was set aside. */
export interface LoadedSettings {
  readonly settings: PlayerSettings;
  readonly keptAside: boolean;
}

/** Reads saved settings; unreadable data is moved to another key (see safe-storage) and the defaults are used. */
export function loadSettings(store: KeyValueStore | null, now: number): LoadedSettings {
  const loaded = loadJson(store, SETTINGS_KEY, parseSettings, now);
  return { settings: loaded.status === 'ok' ? loaded.value : DEFAULT_SETTINGS, keptAside: loaded.status === 'kept-aside' };
}

/** What usePlayerSettings gives: the settings, a way to change them, and whether they have been read yet. */
export interface PlayerSettingsHook extends LoadedSettings {
  /** False in the server-rendered HTML and until the island has run and read the saved settings. */
  readonly ready: boolean;
  update(patch: Partial<PlayerSettings>): void;
}

/** The reader's practice settings: loaded once the island runs, saved on every change. */
export function usePlayerSettings(): PlayerSettingsHook {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => setLoaded(loadSettings(browserStorage(), Date.now())), []);
  const current = loaded ?? { settings: DEFAULT_SETTINGS, keptAside: false };
  const update = (patch: Partial<PlayerSettings>) => {
    // Read again first: another practice page in another tab may have saved its own length meanwhile.
    const fresh = loadJson(browserStorage(), SETTINGS_KEY, parseSettings, Date.now());
    const base = fresh.status === 'ok' ? fresh.value : current.settings;
    const settings = { ...base, ...patch, minutes: { ...base.minutes, ...patch.minutes } };
    saveJson(browserStorage(), SETTINGS_KEY, settings);
    setLoaded({ ...current, settings });
  };
  return { ...current, ready: loaded !== null, update };
}
