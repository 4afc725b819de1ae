/** The words of /flare/ and the flare plan (content/flare/flare.json), checked at build time. */
import data from '../../content/flare/flare.json';
import { parseFlare } from '../schemas/flare';

export const flare = parseFlare(data);
