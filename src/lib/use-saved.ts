import { useState } from 'preact/hooks';
import { browserStorage, loadJson, saveJson } from './safe-storage';

/** Reads a value saved in localStorage under `key`; unreadable data is set aside (safe-storage) and `fallback` used. */
export function readSaved<T>(key: string, parse: (raw: unknown) => T | null, fallback: T): T {
  const got = loadJson(browserStorage(), key, parse, Date.now());
  return got.status === 'ok' ? got.value : fallback;
}

/** A reader's choices saved under `key`: read once, saved on every change (the breath practice's, pendulation's places). */
export function useSaved<T extends object>(key: string, parse: (raw: unknown) => T | null, fallback: T): [T, (patch: Partial<T>) => void] {
  const [value, setValue] = useState(() => readSaved(key, parse, fallback));
  const update = (patch: Partial<T>) => {
    const next = { ...value, ...patch };
    saveJson(browserStorage(), key, next);
    setValue(next);
  };
  return [value, update];
}
