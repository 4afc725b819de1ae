/** Search results as plain data, and the words shown about them. Pure: tested in results.test.ts. */
import { words } from './query';

/** One search result as shown to the reader. */
export interface SearchHit {
  /** The guide's address, with ?highlight= so the page marks the words that found it. */
  url: string;
  /** The guide's full title. */
  title: string;
  /** The guide's section ("Core practices"). */
  section: string;
  /** A snippet of the page (HTML-escaped text with the matched words in <mark>), starting at a sentence. */
  excerpt: string;
}

/** Adds ?highlight=<words> to a result URL so the opened page marks the words. */
export function withHighlight(url: string, words: string): string {
  const [path, hash] = url.split('#');
  const sep = (path ?? '').includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(words.trim())}${hash ? `#${hash}` : ''}`;
}

/**
 * What the live region says after a search: how many guides, for what, and which other words were
 * searched too ("also searched for: sleep, night"), so a reader knows why a result is there.
 * With no result it says so; the caller adds the "browse all guides" link after it.
 */
export function countMessage(count: number, query: string, alsoSearched: readonly string[]): string {
  if (count === 0) return `No guides found for “${query}”. Try another word, or`;
  const also = alsoSearched.length ? ` (also searched for: ${alsoSearched.join(', ')})` : '';
  return `${count} guide${count === 1 ? '' : 's'} found for “${query}”${also}.`;
}

/**
 * Puts the guide whose title is exactly the query first ("Getting help" finds Getting help, not "Red
 * flags: when to get help fast", which Pagefind's stemming scores the same); the rest keep their order.
 */
export function exactTitleFirst(hits: readonly SearchHit[], query: string): SearchHit[] {
  const wanted = words(query).join(' ');
  const at = hits.findIndex((h) => words(h.title).join(' ') === wanted);
  return at <= 0 ? [...hits] : [hits[at]!, ...hits.slice(0, at), ...hits.slice(at + 1)];
}
