/** A run of a title: `keep` runs are hyphenated words that must not break at their hyphen. */
export interface TitleRun {
  text: string;
  keep: boolean;
}

/**
 * Splits a title so that each hyphenated word ("Breath-anchor", "Self-assessment") can be kept on one
 * line (a nowrap span): browsers may break after a hyphen, and "Breath-" alone on a line reads badly.
 * The other runs, spaces included, wrap as usual.
 */
export function keepHyphenatedWords(title: string): TitleRun[] {
  return title
    .split(/(\S+-\S+)/)
    .filter((text) => text !== '')
    .map((text) => ({ text, keep: /^\S+-\S+$/.test(text) }));
}

/**
 * The same for a heading's rendered HTML: each hyphenated word in its text (never inside a tag) is
 * wrapped in `<span class="lb-nowrap">`. For headings written in Markdown (see src/components/headings/).
 */
export function keepHyphenatedWordsInHtml(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : keepHyphenatedWords(part).map((r) => (r.keep ? `<span class="lb-nowrap">${r.text}</span>` : r.text)).join('')))
    .join('');
}
