// What the entry form's "Add details" box says about itself while closed, so a reader who never opens it
// still sees what is already filled in (a practice handed over from a guide, sensations ticked before).
import { plural } from '../format';
import type { Draft, DraftField } from './draft';
import { practiceName, type Practice } from './practices';

/** The form's fields that sit inside "Add details"; only "What did you notice?" sits outside. */
export const DETAIL_FIELDS: readonly DraftField[] = ['at', 'minutes', 'own'];

/** Your own words as typed ("fizzy, open"): the non-empty ones. */
const ownWords = (own: string) => own.split(',').filter((w) => w.trim() !== '');

/**
 * The details already filled in, in the form's order, as short phrases: the practice, the length (in
 * whole minutes), how many sensations, how settled, the pain number. The date is left out: it is always
 * there (now).
 */
export function detailsFilled(draft: Draft, practices: readonly Practice[]): string[] {
  const parts: string[] = [];
  if (draft.practice) parts.push(practiceName(draft.practice, practices));
  // A length that is not a whole number is left out here; saving says what is wrong with it.
  const minutes = draft.minutes.trim();
  if (/^\d+$/.test(minutes)) parts.push(minutes === '1' ? '1 minute' : `${minutes} minutes`);
  const sensations = draft.tags.length + ownWords(draft.own).length;
  if (sensations > 0) parts.push(plural(sensations, 'sensation', 'sensations'));
  if (draft.settled) parts.push(`settled ${draft.settled}`);
  if (draft.painOn && draft.pain) parts.push(`pain ${draft.pain}`);
  return parts;
}

/** True when the problem is in a field inside "Add details", which must then open so the message and field show. */
export function errorInDetails(error: { field: DraftField } | null): boolean {
  return error !== null && DETAIL_FIELDS.includes(error.field);
}
