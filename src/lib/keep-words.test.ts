import { describe, expect, it } from 'vitest';
import { keepHyphenatedWords } from './keep-words';

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
