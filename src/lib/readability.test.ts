import { describe, expect, it } from 'vitest';
import { measure, mdxToProse, sentencesOf, wordsOf } from './readability';

describe('mdxToProse', () => {
  it('drops frontmatter, imports, components and link targets, and ends headings and list items as sentences', () => {
    const mdx = [
      '---',
      'title: X',
      '---',
      "import Callout from '../../src/components/Callout.astro';",
      '',
      '## Before you start',
      '',
      '<Callout kind="stop" title="Stop">',
      '',
      'You can stop at any time. See [the red flags](/guides/red-flags/).',
      '',
      '</Callout>',
      '',
      '- lie down',
      '- **rest** your hands',
    ].join('\n');
    expect(mdxToProse(mdx)).toBe('Before you start.\n\nYou can stop at any time. See the red flags.\n\nlie down.\nrest your hands.');
  });
});

describe('measure', () => {
  it('counts words and sentences and flags sentences over 20 words', () => {
    const long = `${'word '.repeat(21).trim()}.`;
    const r = measure(`The cat sat. ${long}`);
    expect(r.sentences).toBe(2);
    expect(r.words).toBe(24);
    expect(r.longSentences).toBe(1);
  });

  it('gives plain text a low grade and dense text a high one', () => {
    expect(measure('You can rest. Feel your feet. Breathe out slowly.').grade).toBeLessThan(3);
    expect(
      measure('Interoceptive accuracy demonstrates considerable heterogeneity across methodological paradigms, complicating generalisation.').grade,
    ).toBeGreaterThan(14);
  });

  it('splits sentences and words as a reader would', () => {
    expect(sentencesOf('One. Two? Three!\n\nFour')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
    expect(wordsOf("It's 5 o'clock, well-known — 10")).toEqual(["It's", "o'clock", 'well-known']);
  });
});
