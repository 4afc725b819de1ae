/**
 * Searching, on Pagefind (https://pagefind.app/docs/api/): loads Pagefind and the synonym rules once,
 * expands the reader's words (query.ts), asks Pagefind for each word and for all of them together,
 * and joins the answers into a list of hits. Used by the header box and the /search/ page.
 */
import { href } from '../lib/site';
import { combine, expandQuery, highlightWords, relevant, sameWord, searchTerms, words, type Expanded, type Scored, type Synonym } from './query';
import { exactTitleFirst, withHighlight, type SearchHit } from './results';
import { sentenceSnippet } from './snippet';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | null = null;
let synonyms: Promise<Synonym[]> | null = null;

/** Loads Pagefind's script and index once, on first use. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as Pagefind;
    // metaCacheTag: Pagefind asks for its metadata (pagefind-entry.json) with this fixed tag instead of
    // the time, so the service worker answers it offline and the HTTP cache can revalidate it (it is
    // served with no-cache: public/_headers). It must be in the first options() call, before init.
    // metaWeights: a word in a guide's title counts 5 times (Pagefind's default), in its reader words
    // (content/search/keywords.yaml, SearchKeywords.astro) 3 times, over a word in its text. The
    // description is also in the text, so its metadata copy (for snippets) adds nothing.
    await pf.options({
      excerptLength: 30,
      ranking: { termSimilarity: 1.2, pageLength: 0.5, metaWeights: { title: 5, keywords: 3, description: 0 } },
      metaCacheTag: 'site',
    });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** The synonym rules (/search/synonyms.json, built from content/search/synonyms.yaml); none if they cannot load. */
export function fetchSynonyms(): Promise<Synonym[]> {
  synonyms ??= fetch(href('search/synonyms.json'))
    .then((r) => (r.ok ? r.json() : []))
    .then((d: unknown) => (Array.isArray(d) ? (d as Synonym[]) : []))
    .catch(() => []);
  return synonyms;
}

const reading = new Map<string, Promise<unknown>>();

/**
 * A result's data, copied at once. Pagefind hands every caller of one page's data() the same object
 * and rewrites its excerpt on each call (pagefind.js, loadFragment), so two searches reading the same
 * page at once (a reader typing) could show one search's marks under the other: one read per page at a time.
 */
function readData(result: PagefindResult): Promise<PagefindResultData> {
  const mine = (reading.get(result.id) ?? Promise.resolve()).then(async () => {
    const d = await result.data();
    return { url: d.url, excerpt: d.excerpt, meta: { ...d.meta }, filters: { ...d.filters } };
  });
  reading.set(result.id, mine.catch(() => undefined));
  return mine;
}

/**
 * Whether a search's results really hold its words. When Pagefind finds no word starting with the
 * term, it matches parts of it instead ("a" for "audio"), on every page: its first result shows which.
 */
async function realMatch(source: string, results: readonly PagefindResult[]): Promise<boolean> {
  const first = results[0];
  if (!first) return false;
  const d = await readData(first);
  const found = [...d.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1] ?? '');
  const meta = words(`${d.meta['title'] ?? ''} ${d.meta['keywords'] ?? ''}`);
  // Every word of the search must be there: the all-words search counts only when all of them are.
  return words(source).every((term) => [...found, ...meta].some((w) => sameWord(w, term)));
}

/** Metadata is raw text (Pagefind escapes only excerpts): escaped here, as the snippet is set as HTML. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What a search found: the hits, best first, how many there are, and the words searched besides the reader's own. */
export interface Found {
  hits: SearchHit[];
  /** How many guides were found, of which `hits` holds the first `limit`. */
  total: number;
  alsoSearched: string[];
}

/** Runs a query and returns up to `limit` hits. */
export async function runSearch(query: string, limit = 8): Promise<Found> {
  const [pf, rules] = await Promise.all([loadPagefind(), fetchSynonyms()]);
  const expanded: Expanded = expandQuery(query, rules);
  const terms = searchTerms(expanded);
  const own = words(query);
  const alsoSearched = terms.filter((t) => !own.includes(t));
  if (terms.length === 0) return { hits: [], total: 0, alsoSearched };
  // The all-words search matters only when there is more than one word ("why it may help").
  const sources = [...new Set([...(own.length > 1 ? [expanded.all] : []), ...terms])];
  const answers = await Promise.all(
    sources.map(async (source) => {
      const results = (await pf.search(source))?.results ?? [];
      return [source, (await realMatch(source, results)) ? results : []] as const;
    }),
  );
  const bySource = new Map(answers);
  const scored = (results: readonly PagefindResult[]): Scored[] => results.map((r) => ({ id: r.id, score: r.score }));
  const termHits = new Map(terms.map((t) => [t, scored(bySource.get(t) ?? [])]));
  const ranked = relevant(combine(expanded, own.length > 1 ? scored(bySource.get(expanded.all) ?? []) : [], termHits));
  const hits = await Promise.all(
    ranked.slice(0, limit).map(async ({ id, best }) => {
      const result = bySource.get(best)?.find((r) => r.id === id);
      const d = await readData(result!);
      return {
        url: withHighlight(d.url, highlightWords(best, expanded)),
        title: d.meta['title'] ?? d.url,
        section: d.filters['section']?.[0] ?? '',
        // A page found by its reader words alone has no match in its text to show: its description says what it is.
        excerpt: d.excerpt.includes('<mark>') || !d.meta['description'] ? sentenceSnippet(d.excerpt) : escapeText(d.meta['description']),
      };
    }),
  );
  return { hits: exactTitleFirst(hits, query), total: ranked.length, alsoSearched };
}
