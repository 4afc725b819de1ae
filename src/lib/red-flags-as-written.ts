/**
 * The red flags read straight from their files and checked, for code that runs outside Astro's content
 * layer (unit tests). Pages and components use loadRedFlags() in ./red-flags.ts.
 */
import numbers from '../../content/safety/phone-numbers.json';
import redFlagsData from '../../content/safety/red-flags.json';
import { parseRedFlags } from '../schemas/red-flags';

export const { redFlags } = parseRedFlags(redFlagsData, numbers);
