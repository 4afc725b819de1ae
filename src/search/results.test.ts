import { describe, expect, it } from 'vitest';
import { countMessage, exactTitleFirst, withHighlight, type SearchHit } from './results';

describe('withHighlight', () => {
  it('adds the words, encoded, before any anchor', () => {
    expect(withHighlight('/guides/pendulation/#steps', 'pendulate out')).toBe('/guides/pendulation/?highlight=pendulate%20out#steps');
    expect(withHighlight('/guides/a/?x=1', 'b')).toBe('/guides/a/?x=1&highlight=b');
  });
});

describe('countMessage', () => {
  it('counts guides, one or many, and names the other words searched', () => {
    expect(countMessage(1, 'flare', [])).toBe('1 guide found for “flare”.');
    expect(countMessage(4, 'cant sleep', ['sleep', 'night'])).toBe('4 guides found for “cant sleep” (also searched for: sleep, night).');
  });
  it('says plainly when nothing was found, leading into the browse link', () => {
    expect(countMessage(0, 'xyzzy', [])).toBe('No guides found for “xyzzy”. Try another word, or');
  });
});

describe('exactTitleFirst', () => {
  const hit = (title: string): SearchHit => ({ url: `/${title}/`, title, section: '', excerpt: '' });
  const hits = [hit('Red flags: when to get help fast'), hit('Body scan'), hit('Getting help')];
  it('moves the guide whose title is the query, in any case or punctuation, to the top', () => {
    expect(exactTitleFirst(hits, 'getting HELP').map((h) => h.title)).toEqual(['Getting help', 'Red flags: when to get help fast', 'Body scan']);
    expect(exactTitleFirst(hits, 'red flags when to get help fast')[0]!.title).toBe('Red flags: when to get help fast');
  });
  it('leaves the order alone when no title is the query', () => {
    expect(exactTitleFirst(hits, 'help')).toEqual(hits);
  });
});
