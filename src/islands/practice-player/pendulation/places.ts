/**
 * Pendulation's places, as plain data: where the reader rests (ease) and where they pay a short visit
 * (discomfort). The script's words hold {ease} and {discomfort}; the reader's choice, or the usual
 * places, fills them in. Pure: the storage is in use-places.ts.
 */

/** A place on a list: its id, its label in the options, and how the spoken words name it. */
export interface Place {
  readonly id: string;
  readonly label: string;
  readonly phrase: string;
}

/** The id of "In my own words". */
export const OWN = 'own';

/** Places of ease; the first is the usual one. */
export const EASE_PLACES: readonly Place[] = [
  { id: 'usual', label: 'Hands or feet (the usual)', phrase: 'your hands or your feet' },
  { id: 'hands', label: 'Hands', phrase: 'your hands' },
  { id: 'feet', label: 'Feet', phrase: 'your feet' },
  { id: 'belly', label: 'Belly and breath', phrase: 'your belly and your breath' },
];

/** Places to visit; the first is the usual one. */
export const VISIT_PLACES: readonly Place[] = [
  { id: 'usual', label: 'Back (the usual)', phrase: 'your back' },
  { id: 'lower-back', label: 'Lower back', phrase: 'your lower back' },
  { id: 'middle-back', label: 'Middle back', phrase: 'your middle back' },
  { id: 'upper-back', label: 'Upper back and shoulders', phrase: 'your upper back and shoulders' },
  { id: 'neck', label: 'Neck', phrase: 'your neck' },
  { id: 'hips', label: 'Hips', phrase: 'your hips' },
];

/** The longest own words we keep, in characters: a voice says them in a few seconds. */
export const MAX_OWN = 40;

/** The most words own words may have: more are left off. */
export const MAX_OWN_WORDS = 8;

/**
 * A place as long as a voice may have to say it (MAX_OWN_WORDS words, in one sentence): the schema
 * plans every length with this in each place, so any choice fits.
 */
export const LONGEST_PLACE = 'word word word word word word word word';

/**
 * The reader's own words as the voice will say them: letters, numbers, spaces, hyphens and
 * apostrophes only (no full stop to end a sentence early), at most MAX_OWN_WORDS words, and in the
 * words' own person: a leading "my" becomes "your", as the rest of the practice speaks to "you".
 */
export function ownPhrase(words: string): string {
  const kept = words.replace(/[^\p{L}\p{N}' -]+/gu, ' ').trim().split(/\s+/).filter(Boolean).slice(0, MAX_OWN_WORDS);
  if (kept.length === 0) return '';
  const [first, ...rest] = kept;
  const lead = /^my$/i.test(first!) ? 'your' : first!.length > 1 && first === first!.toUpperCase() ? first! : first!.charAt(0).toLowerCase() + first!.slice(1);
  return [lead, ...rest].join(' ');
}

/** One choice: a listed place, or OWN with the reader's words. */
export interface PlaceChoice {
  readonly id: string;
  readonly words: string;
}

/** The reader's two choices. */
export interface Places {
  readonly ease: PlaceChoice;
  readonly discomfort: PlaceChoice;
}

/** The usual places, until the reader picks others. */
export const USUAL_PLACES: Places = { ease: { id: 'usual', words: '' }, discomfort: { id: 'usual', words: '' } };

/** How the words name a choice: the listed phrase, the reader's own words, or the usual place. */
export function phraseOf(choice: PlaceChoice, places: readonly Place[]): string {
  const usual = places[0]!.phrase;
  if (choice.id === OWN) return ownPhrase(choice.words) || usual;
  return places.find((p) => p.id === choice.id)?.phrase ?? usual;
}

/** What fills {ease} and {discomfort}. */
export interface Phrases {
  readonly ease: string;
  readonly discomfort: string;
}

/** The phrases for the reader's choices. */
export function phrasesOf(places: Places): Phrases {
  return { ease: phraseOf(places.ease, EASE_PLACES), discomfort: phraseOf(places.discomfort, VISIT_PLACES) };
}

/** The phrases for the usual places: the written script on the guide says these. */
export const USUAL_PHRASES: Phrases = phrasesOf(USUAL_PLACES);

/** Puts the phrases into a text that holds {ease} or {discomfort}. */
export function fillPlaces(text: string, phrases: Phrases): string {
  return text.replace(/\{(ease|discomfort)\}/g, (_, key: keyof Phrases) => phrases[key]);
}

/** localStorage key for the reader's places. */
export const PLACES_KEY = 'lb-pendulation-places';

const choiceOf = (raw: unknown, places: readonly Place[]): PlaceChoice | null => {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, words } = raw as Record<string, unknown>;
  if (typeof words !== 'string' || words.length > MAX_OWN) return null;
  if (id !== OWN && !places.some((p) => p.id === id)) return null;
  return { id: id as string, words };
};

/** Checks stored places; null for anything that is not two whole choices. */
export function parsePlaces(raw: unknown): Places | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const ease = choiceOf(r['ease'], EASE_PLACES);
  const discomfort = choiceOf(r['discomfort'], VISIT_PLACES);
  return ease && discomfort ? { ease, discomfort } : null;
}
