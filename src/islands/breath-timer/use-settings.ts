import { useEffect, useState } from 'preact/hooks';
import { browserStorage, loadJson, saveJson, type KeyValueStore } from '../../lib/safe-storage';
import { DEFAULT_SETTINGS, minutesFromSearch, parseSettings, SETTINGS_KEY, type Settings } from './settings';

/** Settings as loaded, and whether unreadable stored data was kept aside. */
export interface LoadedSettings {
  readonly settings: Settings;
  readonly keptAside: boolean;
}

/**
 * Reads saved settings, then lets a valid `?minutes=N` choose the length. Unreadable data is moved
 * to another key (see safe-storage) and the defaults are used.
 */
export function loadSettings(store: KeyValueStore | null, search: string, now: number): LoadedSettings {
  const loaded = loadJson(store, SETTINGS_KEY, parseSettings, now);
  const saved = loaded.status === 'ok' ? loaded.value : DEFAULT_SETTINGS;
  const minutes = minutesFromSearch(search);
  return { settings: minutes === null ? saved : { ...saved, minutes }, keptAside: loaded.status === 'kept-aside' };
}

/** What useSettings gives: the settings, a way to change them, and whether they have been read yet. */
export interface SettingsHook extends LoadedSettings {
  /** False in the server-rendered HTML and until the island has run and read the saved settings. */
  readonly ready: boolean;
  update(patch: Partial<Settings>): void;
}

/** The reader's settings: loaded once the island runs, saved on every change. */
export function useSettings(): SettingsHook {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => setLoaded(loadSettings(browserStorage(), window.location.search, Date.now())), []);
  const current = loaded ?? { settings: DEFAULT_SETTINGS, keptAside: false };
  const update = (patch: Partial<Settings>) => {
    const settings = { ...current.settings, ...patch };
    saveJson(browserStorage(), SETTINGS_KEY, settings);
    setLoaded({ ...current, settings });
  };
  return { ...current, ready: loaded !== null, update };
}
