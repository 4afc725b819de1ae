import { describe, expect, it } from 'vitest';
import { EASE_PLACES, fillPlaces, MAX_OWN, MAX_OWN_WORDS, OWN, ownPhrase, parsePlaces, phrasesOf, USUAL_PHRASES, USUAL_PLACES, VISIT_PLACES } from './places';

describe('pendulation places', () => {
  it('fills {ease} and {discomfort} with the usual places, a listed one, or the reader\'s own words', () => {
    expect(fillPlaces('Rest on {ease}. Visit {discomfort}.', USUAL_PHRASES)).toBe('Rest on your hands or your feet. Visit your back.');
    const chosen = phrasesOf({ ease: { id: 'belly', words: '' }, discomfort: { id: OWN, words: '  my right hip ' } });
    expect(fillPlaces('Rest on {ease}. Visit {discomfort}.', chosen)).toBe('Rest on your belly and your breath. Visit your right hip.');
    // Own words left empty, or an id no longer on the list, fall back to the usual place.
    expect(phrasesOf({ ease: { id: OWN, words: ' ' }, discomfort: { id: 'knee', words: '' } })).toEqual(USUAL_PHRASES);
  });

  it('says own words as the voice can: plain words in one sentence, no more than eight, and "my" as "your"', () => {
    expect(ownPhrase('  My right hip. ')).toBe('your right hip');
    expect(ownPhrase('The warm cup (in my hands)!')).toBe('the warm cup in my hands');
    expect(ownPhrase("ACL scar, left knee's side")).toBe("ACL scar left knee's side");
    expect(ownPhrase('a. b. c. d. e. f. g. h. i. j.')).toBe('a b c d e f g h');
    expect(ownPhrase('a b c d e f g h i j k').split(' ')).toHaveLength(MAX_OWN_WORDS);
    expect(ownPhrase('...')).toBe('');
    expect(phrasesOf({ ease: { id: OWN, words: '!!' }, discomfort: { id: 'usual', words: '' } }).ease).toBe(USUAL_PHRASES.ease);
  });

  it('reads back only two whole choices from the lists, with own words no longer than MAX_OWN', () => {
    expect(parsePlaces(USUAL_PLACES)).toEqual(USUAL_PLACES);
    const own = { ease: { id: OWN, words: 'the cup in my hands' }, discomfort: { id: 'neck', words: '' } };
    expect(parsePlaces(own)).toEqual(own);
    for (const bad of [null, 'usual', {}, { ease: USUAL_PLACES.ease }, { ...own, ease: { id: 'knee', words: '' } }, { ...own, ease: { id: OWN, words: 'x'.repeat(MAX_OWN + 1) } }, { ...own, discomfort: { id: 'neck' } }]) {
      expect(parsePlaces(bad)).toBeNull();
    }
  });

  it('has the usual place first on each list, and no id twice', () => {
    for (const list of [EASE_PLACES, VISIT_PLACES]) {
      expect(list[0]!.id).toBe('usual');
      expect(new Set(list.map((p) => p.id)).size).toBe(list.length);
    }
  });
});
