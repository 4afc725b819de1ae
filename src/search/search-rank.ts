/** One search result as shown to the reader. */
export interface SearchHit {
  url: string;
  title: string;
  section: string;
  /** Pagefind's excerpt: plain text with matched words wrapped in <mark>. */
  excerpt: string;
}

/**
 * Puts results whose title holds every word of the query first, then those whose title holds any
 * word; Pagefind's own order is kept within each group (a stable sort).
 */
export function rankByTitle(hits: readonly SearchHit[], query: string): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...hits];
  const score = (h: SearchHit) => {
    const title = h.title.toLowerCase();
    const matched = words.filter((w) => title.includes(w)).length;
    return matched === words.length ? 2 : matched > 0 ? 1 : 0;
  };
  return hits
    .map((hit, i) => ({ hit, i, s: score(hit) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.hit);
}

/** Adds ?highlight=<query> to a result URL so the opened page marks the words. */
export function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const sep = (path ?? '').includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(query.trim())}${hash ? `#${hash}` : ''}`;
}
