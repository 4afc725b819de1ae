/**
 * The search's content data, read at build time: the synonym rules (content/search/synonyms.yaml),
 * compiled for the browser by src/pages/search/synonyms.json.ts, and each guide's reader words
 * (content/search/keywords.yaml), printed into its page by SearchKeywords.astro. Problems across
 * entries, which a schema cannot see, stop the build naming the file and the entry.
 */
import { getCollection } from 'astro:content';
import { formatProblems, type FieldProblem } from '../schemas/friendly-parse';
import type { SynonymRule } from '../schemas/search';
import { words, type Synonym } from './query';

/** Words that every guide with a guided (spoken) version is found by. */
export const GUIDED_WORDS = ['guided', 'audio', 'voice', 'spoken'] as const;

/**
 * The rules as the browser uses them (each phrase in words() form), and the problems: a phrase that
 * two rules claim, since a reader's words can only mean one thing.
 */
export function compileSynonyms(rules: readonly { id: string; data: SynonymRule }[]): { synonyms: Synonym[]; problems: FieldProblem[] } {
  const owner = new Map<string, string>();
  const problems: FieldProblem[] = [];
  const synonyms = rules.map(({ id, data }) => {
    const when = [...new Set(data.when.map((p) => words(p).join(' ')))];
    for (const phrase of when) {
      const first = owner.get(phrase);
      if (first) problems.push({ path: `${id}.when`, message: `"${phrase}" is already in rule "${first}"; a phrase belongs to one rule` });
      else owner.set(phrase, id);
    }
    return { when, find: [...data.find] };
  });
  return { synonyms, problems };
}

/** The synonym rules for the browser; throws, naming the file, when two rules share a phrase. */
export async function loadSynonyms(): Promise<Synonym[]> {
  const { synonyms, problems } = compileSynonyms(await getCollection('searchSynonyms'));
  if (problems.length) throw new Error(formatProblems('content/search/synonyms.yaml', problems));
  return synonyms;
}

/** Entries of keywords.yaml whose key is not a guide's slug. */
export function unknownGuides(keyIds: readonly string[], guideIds: readonly string[]): FieldProblem[] {
  return keyIds
    .filter((id) => !guideIds.includes(id))
    .map((id) => ({ path: id, message: `there is no guide content/guides/${id}.mdx (expected one of: ${guideIds.join(', ')})` }));
}

let keywords: Promise<Map<string, readonly string[]>> | null = null;

/** A guide's reader words; throws, naming the file, when keywords.yaml names a guide that does not exist. */
export async function guideKeywords(guideId: string): Promise<readonly string[]> {
  keywords ??= (async () => {
    const [entries, guides] = await Promise.all([getCollection('searchKeywords'), getCollection('guides')]);
    const problems = unknownGuides(
      entries.map((e) => e.id),
      guides.map((g) => g.id),
    );
    if (problems.length) throw new Error(formatProblems('content/search/keywords.yaml', problems));
    return new Map(entries.map((e) => [e.id, e.data.words]));
  })();
  return (await keywords).get(guideId) ?? [];
}
