import { describe, expect, it } from 'vitest';
import { keepHyphenatedWords, keepHyphenatedWordsInHtml } from './keep-words';

describe('keepHyphenatedWords', () => {
  it('keeps each hyphenated word whole and leaves the rest to wrap', () => {
    expect(keepHyphenatedWords('Breath-anchor timer')).toEqual([
      { text: 'Breath-anchor', keep: true },
      { text: ' timer', keep: false },
    ]);
    expect(keepHyphenatedWords('A self-assessment, re-read')).toEqual([
      { text: 'A ', keep: false },
      { text: 'self-assessment,', keep: true },
      { text: ' ', keep: false },
      { text: 're-read', keep: true },
    ]);
  });

  it('leaves a title without a hyphenated word as one run, and a lone dash free to wrap', () => {
    expect(keepHyphenatedWords('Body scan')).toEqual([{ text: 'Body scan', keep: false }]);
    expect(keepHyphenatedWords('Rest - then move')).toEqual([{ text: 'Rest - then move', keep: false }]);
  });
});

describe('keepHyphenatedWordsInHtml', () => {
  it('wraps hyphenated words in the text, inside links too, and never touches a tag', () => {
    expect(keepHyphenatedWordsInHtml('A five-minute <a href="/guides/check-in/" class="x-y">check-in</a>')).toBe(
      'A <span class="lb-nowrap">five-minute</span> <a href="/guides/check-in/" class="x-y"><span class="lb-nowrap">check-in</span></a>',
    );
    expect(keepHyphenatedWordsInHtml('Sources')).toBe('Sources');
  });
});
