/** Places the reader can choose, as plain data. "own" means the reader's own words. */

/** A place on the list (and on the body map). */
export interface Place {
  /** Stable id, used in the body map and in events. */
  readonly id: string;
  /** Visible label ("Lower back"). */
  readonly label: string;
  /** How the guide's words name it ("your lower back"). */
  readonly phrase: string;
}

/** Places of ease, shown on the front of the body. */
export const EASE_PLACES: readonly Place[] = [
  { id: 'hands', label: 'Hands', phrase: 'your hands' },
  { id: 'feet', label: 'Feet', phrase: 'your feet' },
  { id: 'belly', label: 'Belly and breath', phrase: 'your belly and breath' },
];

/** Places of discomfort, shown on the back of the body. */
export const DISCOMFORT_PLACES: readonly Place[] = [
  { id: 'neck', label: 'Neck', phrase: 'your neck' },
  { id: 'upper-back', label: 'Upper back and shoulders', phrase: 'your upper back and shoulders' },
  { id: 'middle-back', label: 'Middle back', phrase: 'your middle back' },
  { id: 'lower-back', label: 'Lower back', phrase: 'your lower back' },
  { id: 'hips', label: 'Hips', phrase: 'your hips' },
];

/** The id for "In my own words". */
export const OWN = 'own';

/** Longest own-words text we keep. */
export const MAX_WORDS = 60;

/** Which place is chosen: a listed id, or OWN with the reader's words. */
export interface PlaceChoice {
  readonly id: string;
  readonly words: string;
}

/** The words used when a reader picks "own words" but leaves the field empty. */
export const GENERIC = { ease: 'your place of ease', discomfort: 'your place of discomfort' } as const;

/** The phrase for a choice: the listed phrase, the reader's own words, or the generic fallback. */
export function phraseOf(choice: PlaceChoice, places: readonly Place[], fallback: string): string {
  if (choice.id === OWN) return choice.words.trim() || fallback;
  return places.find((p) => p.id === choice.id)?.phrase ?? fallback;
}
