/**
 * A result's snippet, from Pagefind's excerpt: HTML-escaped page text with the matched words in <mark>.
 * Pagefind starts its excerpt a fixed number of words before the match, often mid-sentence; a tired
 * reader reads a snippet more easily when it starts where a sentence does. Pure string work, tested
 * in snippet.test.ts; the marks and the escaping are kept as they are.
 */

/** The end of a sentence in page text: . ? or ! (perhaps with a closing quote), then a space. */
const SENTENCE_END = /[.?!](?:[’”"')]|&quot;|&#39;|&#x27;)?\s+/g;

/** Where the first <mark> starts, or the end of the text. */
function firstMark(html: string): number {
  const at = html.indexOf('<mark>');
  return at < 0 ? html.length : at;
}

/**
 * Starts the excerpt at the last sentence start before its first mark (or keeps its start), and marks
 * the start with "…" when it is not a capital letter or a number (a cut mid-sentence, a list item).
 * Ends it after the last full sentence when one ends after the last mark, or with "…".
 */
export function sentenceSnippet(excerpt: string): string {
  let text = excerpt.trim().replace(/\s+/g, ' ');
  if (!text) return '';
  const mark = firstMark(text);
  let start = -1;
  for (const m of text.slice(0, mark).matchAll(SENTENCE_END)) start = m.index + m[0].length;
  if (start > 0) text = text.slice(start);
  // A cut that does not land on a capital (mid-sentence, or a list item after "if:") says so.
  if (!/^[\p{Lu}\p{N}“"‘'(]/u.test(text.replace(/^<mark>/, ''))) text = `…${text}`;

  const lastMark = text.lastIndexOf('</mark>');
  const tail = text.slice(Math.max(lastMark, 0));
  let end = -1;
  for (const m of tail.matchAll(SENTENCE_END)) end = m.index + m[0].length;
  const closed = /[.?!](?:[’”"')]|&quot;|&#39;|&#x27;)?$/.test(tail);
  if (!closed) text = end > 0 ? text.slice(0, Math.max(lastMark, 0) + end).trimEnd() : `${text}…`;
  return text;
}
