/** The words of /flare/ and the flare plan (content/flare/flare.json, the `flare` collection), checked at build time. */
import type { FlareWords } from '../schemas/flare';
import { dataEntry } from './data-entry';

/** The flare words, as the `flare` collection checked them. */
export function loadFlare(): Promise<FlareWords> {
  return dataEntry('flare', 'flare', 'content/flare/flare.json');
}
