/**
 * What a reader typed, turned into what to ask Pagefind. Pure functions, no DOM: tested in query.test.ts.
 * Pagefind finds a page only when it holds every word of a search, so "cant sleep" or "my back hurts
 * when stressed" find nothing. Here the words are cleaned (case and apostrophes dropped), filler words
 * set aside, and each remaining idea turned into a group of words that mean the same thing
 * (content/search/synonyms.yaml). search-ui.ts asks Pagefind for each word and joins the answers.
 */

/** One synonym rule as the browser gets it (from /search/synonyms.json): phrases already in words() form. */
export interface Synonym {
  /** What readers type, each phrase cleaned by words() and joined by one space ("cant sleep"). */
  when: readonly string[];
  /** Words the guides use for the same thing. */
  find: readonly string[];
}

/** What to search for. */
export interface Expanded {
  /** The reader's own words, cleaned, for one all-words search ("why it may help" finds its title). */
  all: string;
  /** Ideas in the query; a page matches an idea when it has any word of its group. */
  groups: string[][];
}

/** The longest query kept: longer text is cut at a word boundary. */
export const MAX_QUERY_LENGTH = 100;

/** Filler words that say nothing about what a reader needs; left out of the groups, kept in `all`. */
const FILLER = new Set(
  (
    'a an the and or but so i im ive me my mine myself you your it its is am are was were be been being do does did ' +
    'dont doesnt didnt cant cannot can could will wont would should shouldnt to of in on at for with about from by as ' +
    'if when what whats how why who where which that this these those there get gets got have has had any some very ' +
    'really just still much more most too than then also not no after before into up down out off over all may might maybe'
  ).split(' '),
);

/**
 * The query a page should search for, from a raw value (the field, or ?q= in the address): control
 * characters dropped, spaces collapsed, at most MAX_QUERY_LENGTH characters, cut at a word boundary.
 */
export function cleanQuery(raw: string): string {
  const text = raw.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const cut = text.slice(0, MAX_QUERY_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, MAX_QUERY_LENGTH)).trim();
}

/** The words of a text as search sees them: lower case, accents and apostrophes dropped, at most 12. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w.length <= 30)
    .slice(0, 12);
}

/** The longest rule phrase that starts at `at` in `tokens`, and how many tokens it covers. */
function phraseAt(tokens: readonly string[], at: number, synonyms: readonly Synonym[]): { rule: Synonym; size: number } | null {
  let best: { rule: Synonym; size: number } | null = null;
  for (const rule of synonyms) {
    for (const phrase of rule.when) {
      const parts = phrase.split(' ');
      if (parts.length <= (best?.size ?? 0)) continue;
      if (parts.every((p, i) => tokens[at + i] === p)) best = { rule, size: parts.length };
    }
  }
  return best;
}

/**
 * Turns a query into groups of words. A phrase from a synonym rule ("cant sleep") becomes the rule's
 * `find` words (plus the phrase itself when it is one word that is not filler); any other word that is
 * not filler becomes a group of its own. A query of filler only ("how do i") keeps its words.
 */
export function expandQuery(query: string, synonyms: readonly Synonym[]): Expanded {
  const tokens = words(query);
  const groups: string[][] = [];
  const fromRule = new Map<Synonym, string[]>();
  const add = (group: string[]) => {
    if (!groups.some((g) => g.join(' ') === group.join(' '))) groups.push(group);
  };
  for (let i = 0; i < tokens.length; ) {
    const word = tokens[i]!;
    const match = phraseAt(tokens, i, synonyms);
    if (match) {
      const own = match.size === 1 && !FILLER.has(word) ? [word] : [];
      const group = fromRule.get(match.rule);
      // A second phrase of the same rule ("insomnia" after "awake at night") joins the same idea.
      if (group) group.splice(0, group.length, ...new Set([...group, ...own]));
      else {
        const made = [...new Set([...own, ...match.rule.find])];
        fromRule.set(match.rule, made);
        groups.push(made);
      }
      i += match.size;
    } else {
      if (!FILLER.has(word)) add([word]);
      i += 1;
    }
  }
  return {
    all: tokens.join(' '),
    groups: (groups.length > 0 ? groups : tokens.map((t) => [t])).slice(0, 6),
  };
}

/** Every word to ask Pagefind about, once each. */
export function searchTerms(expanded: Expanded): string[] {
  return [...new Set(expanded.groups.flat())];
}

/** A page and its score from one Pagefind search. */
export interface Scored {
  id: string;
  score: number;
}

/** A page in the joined results, and the search (a term, or the all-words query) that scored it best. */
export interface Combined extends Scored {
  /** The term or query whose own result should give this page's excerpt. */
  best: string;
}

/**
 * Joins the answers: a page's score is its all-words score plus, for each group, its best score for
 * any word of the group; then it is multiplied by the square of the share of groups it matched, so a
 * page with every idea comes before a page with only some (as Pagefind does for the words of one
 * search). Ties keep the order of the ids' first appearance.
 */
export function combine(expanded: Expanded, allHits: readonly Scored[], termHits: ReadonlyMap<string, readonly Scored[]>): Combined[] {
  const pages = new Map<string, { score: number; groups: number; best: string; bestScore: number }>();
  const page = (id: string) => {
    let p = pages.get(id);
    if (!p) pages.set(id, (p = { score: 0, groups: 0, best: '', bestScore: -1 }));
    return p;
  };
  for (const hit of allHits) {
    const p = page(hit.id);
    p.score += hit.score;
    if (hit.score > p.bestScore) Object.assign(p, { best: expanded.all, bestScore: hit.score });
  }
  for (const group of expanded.groups) {
    const top = new Map<string, Scored & { term: string }>();
    for (const term of group) {
      for (const hit of termHits.get(term) ?? []) {
        const seen = top.get(hit.id);
        if (!seen || hit.score > seen.score) top.set(hit.id, { ...hit, term });
      }
    }
    for (const hit of top.values()) {
      const p = page(hit.id);
      p.score += hit.score;
      p.groups += 1;
      if (hit.score > p.bestScore) Object.assign(p, { best: hit.term, bestScore: hit.score });
    }
  }
  const all = allHits.length > 0;
  return [...pages.entries()]
    .map(([id, p]) => {
      const share = all && allHits.some((h) => h.id === id) ? 1 : p.groups / expanded.groups.length;
      return { id, best: p.best, score: p.score * share * share };
    })
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score);
}

/**
 * Leaves out pages that scored under `share` of the best page's score: Pagefind returns every page
 * with any form of a word, and a page that says "voice" once is no answer to "audio".
 */
export function relevant<T extends Scored>(ranked: readonly T[], share = 0.15): T[] {
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((p) => p.score >= best * share);
}

/**
 * The words an opened result should mark: the word that found it, or for the all-words search the
 * reader's own words that are not filler ("does it work" marks "work", not every "it").
 */
export function highlightWords(best: string, expanded: Expanded): string {
  if (best !== expanded.all) return best;
  const own = expanded.all.split(' ');
  return expanded.groups.flat().filter((w) => own.includes(w)).join(' ') || best;
}

/**
 * Whether a word found on a page is the reader's term or a form of it ("numbness" for "numb",
 * "stress" for "stressed"), and not a scrap Pagefind matched when it found nothing better ("a" for
 * "audio"): the two share their first four letters, or all of a shorter term.
 */
export function sameWord(found: string, term: string): boolean {
  const [a] = words(found);
  if (!a) return false;
  const need = Math.min(4, term.length);
  return a.length >= need && a.slice(0, need) === term.slice(0, need);
}
