import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

/** Blocks whose text is a sentence of its own: a heading or list item without a full stop gets one. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote']);
/** Nodes that carry no prose: code, imports and exports, JSX expressions, frontmatter. */
const SKIP = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml', 'html', 'image', 'thematicBreak']);

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** The prose of a node: its text, with each nested block on its own line. */
function proseOf(node: Nodes, parent = ''): string {
  if (SKIP.has(node.type)) return '';
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return ' ';
  if (!('children' in node)) return '';
  const children = node.children as Nodes[];
  const nestedBlocks = children.some((child) => BLOCKS.has(child.type) || child.type === 'list' || child.type === 'mdxJsxFlowElement');
  const separator = nestedBlocks ? '\n' : node.type === 'tableRow' ? ' ' : '';
  let text = children
    .map((child) => proseOf(child, node.type))
    .filter((p) => p !== '')
    .join(separator)
    .replace(/[ \t]+/g, ' ')
    .trim();
  // A heading, a list item or a table cell reads as a sentence of its own.
  const ownSentence = node.type === 'heading' || node.type === 'tableCell' || (node.type === 'paragraph' && parent === 'listItem');
  if (ownSentence && text && !/[.!?:]$/.test(text)) text += '.';
  return text;
}

/**
 * The prose of an MDX guide, parsed with remark (remark-mdx): no frontmatter, imports, code, components'
 * tags or link targets. Each block is a paragraph; headings, list items and table cells end as sentences.
 */
export function mdxToProse(mdx: string): string {
  const tree = parser.parse(mdx) as Root;
  return tree.children
    .map((node) => proseOf(node))
    .filter((text) => text !== '')
    .join('\n\n');
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
