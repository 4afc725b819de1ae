/**
 * The one source of the red flags: content/safety/red-flags.json (signs and what to do) and
 * content/safety/phone-numbers.json (every number the site shows), checked at build time. The red-flags
 * guide, the quiz, the safety line and the crisis lines all read from here.
 */
import numbersData from '../../content/safety/phone-numbers.json';
import redFlagsData from '../../content/safety/red-flags.json';
import { parseRedFlags } from '../schemas/red-flags';

export const { redFlags, numbers } = parseRedFlags(redFlagsData, numbersData);
