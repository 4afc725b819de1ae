import { readSaved, useSaved } from '../../../lib/use-saved';
import { parsePlaces, PLACES_KEY, USUAL_PLACES, type Places } from './places';

/** Reads the reader's saved places; unreadable data is set aside and the usual places used. */
export const readPlaces = (): Places => readSaved(PLACES_KEY, parsePlaces, USUAL_PLACES);

/** The reader's places, read once, saved on every change. */
export const usePlaces = () => useSaved(PLACES_KEY, parsePlaces, USUAL_PLACES);
