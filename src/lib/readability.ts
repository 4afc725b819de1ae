import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Counts and grade for a piece of prose. */
export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level (US school grade). */
  grade: number;
  /** Sentences longer than 20 words. */
  longSentences: number;
}

/**
 * Turns an MDX document into the prose a reader reads: drops frontmatter, import/export lines,
 * code, JSX elements (self-closing or with children) and HTML comments; keeps link text; makes
 * every heading, list item and table cell end like a sentence.
 */
export function mdxToProse(mdx: string): string {
  let text = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  text = text.replace(/```[\s\S]*?```/g, ' ');
  text = text.replace(/`[^`]*`/g, ' ');
  text = text.replace(/^\s*(import|export)\s.*$/gm, '');
  text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  text = text.replace(/<!--[\s\S]*?-->/g, '');
  // JSX blocks with a capitalised tag: remove the tags, keep any prose children.
  text = text.replace(/<\/?[A-Za-z][\w.]*(\s[^<>]*?)?\/?>/g, ' ');
  text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ');
  text = text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  text = text.replace(/[*_]{1,3}([^*_\n]+)[*_]{1,3}/g, '$1');
  const lines = text.split('\n').map((line) => {
    let l = line.trim();
    if (/^\|?\s*:?-{3,}/.test(l)) return '';
    const isBlock = /^(#{1,6}\s|[-*+]\s|\d+\.\s|>\s?|\|)/.test(l);
    l = l.replace(/^#{1,6}\s+/, '').replace(/^[-*+]\s+/, '').replace(/^\d+\.\s+/, '').replace(/^>\s?/, '');
    l = l.replace(/\|/g, '. ');
    if (isBlock && l && !/[.!?:]$/.test(l)) l += '.';
    return l;
  });
  return lines.join('\n').replace(/\n{2,}/g, '\n\n').trim();
}

/** Splits prose into sentences on . ! ? : followed by space, and on blank lines. */
export function sentencesOf(prose: string): string[] {
  return prose
    .split(/(?<=[.!?:])\s+|\n\s*\n/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

/** The words of a sentence: runs of letters, digits, apostrophes and hyphens that hold a letter. */
export function wordsOf(sentence: string): string[] {
  return (sentence.match(/[A-Za-z0-9'’-]+/g) ?? []).filter((w) => /[A-Za-z]/.test(w));
}

/** Measures prose: word, sentence and syllable counts and the Flesch-Kincaid grade. */
export function measure(prose: string): Readability {
  const sentences = sentencesOf(prose);
  let words = 0;
  let syllables = 0;
  let longSentences = 0;
  for (const s of sentences) {
    const ws = wordsOf(s);
    words += ws.length;
    if (ws.length > 20) longSentences += 1;
    for (const w of ws) syllables += Math.max(1, syllable(w));
  }
  const grade = fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables });
  return { words, sentences: sentences.length, syllables, grade: Math.round(grade * 10) / 10, longSentences };
}
