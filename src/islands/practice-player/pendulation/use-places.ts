import { useState } from 'preact/hooks';
import { browserStorage, loadJson, saveJson } from '../../../lib/safe-storage';
import { parsePlaces, PLACES_KEY, USUAL_PLACES, type Places } from './places';

/** Reads the reader's saved places; unreadable data is set aside (safe-storage) and the usual places used. */
export function readPlaces(): Places {
  const got = loadJson(browserStorage(), PLACES_KEY, parsePlaces, Date.now());
  return got.status === 'ok' ? got.value : USUAL_PLACES;
}

/** The reader's places, read once, saved on every change. */
export function usePlaces(): [Places, (patch: Partial<Places>) => void] {
  const [places, setPlaces] = useState(readPlaces);
  const update = (patch: Partial<Places>) => {
    const next = { ...places, ...patch };
    saveJson(browserStorage(), PLACES_KEY, next);
    setPlaces(next);
  };
  return [places, update];
}
