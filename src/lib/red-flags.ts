/**
 * The one source of the red flags: content/safety/red-flags.json (signs and what to do, the `safety`
 * collection) and content/safety/phone-numbers.json (every number the site shows), checked at build
 * time. The red-flags guide, the quiz, the safety line, /flare/ and the crisis lines all read from here.
 */
import type { RedFlags } from '../schemas/red-flags';
import { dataEntry } from './data-entry';

/** The red flags, as the `safety` collection checked them. */
export function loadRedFlags(): Promise<RedFlags> {
  return dataEntry('safety', 'red-flags', 'content/safety/red-flags.json');
}
