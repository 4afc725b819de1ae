import { describe, expect, it } from 'vitest';
import { sentenceSnippet } from './snippet';

describe('sentenceSnippet', () => {
  it('starts at the sentence that holds the first match and ends after a full sentence', () => {
    expect(sentenceSnippet('to the doctor. Sudden <mark>numbness</mark> in both legs needs care. You can also')).toBe(
      'Sudden <mark>numbness</mark> in both legs needs care.',
    );
  });
  it('marks a cut with an ellipsis when no sentence starts before the match', () => {
    expect(sentenceSnippet('or <mark>numbness</mark> in both legs, or sciatica')).toBe('…or <mark>numbness</mark> in both legs, or sciatica…');
  });
  it('keeps a start that is already a capital letter, also inside a mark', () => {
    expect(sentenceSnippet('<mark>Flares</mark> often settle in days.')).toBe('<mark>Flares</mark> often settle in days.');
    expect(sentenceSnippet('Your pain may rise with <mark>stress</mark>')).toBe('Your pain may rise with <mark>stress</mark>…');
  });
  it('keeps escaped text and sentence ends that come inside quotes', () => {
    expect(sentenceSnippet('it said &quot;stop.&quot; Then &lt;b&gt; <mark>rest</mark>.” More')).toBe('Then &lt;b&gt; <mark>rest</mark>.”');
  });
  it('marks a start that is a list item in lower case', () => {
    expect(sentenceSnippet('Who it may suit. you can rest your <mark>attention</mark>.')).toBe('…you can rest your <mark>attention</mark>.');
  });
  it('gives an empty snippet for an empty excerpt', () => {
    expect(sentenceSnippet('  ')).toBe('');
  });
});
