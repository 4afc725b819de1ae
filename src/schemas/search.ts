import { z } from 'astro/zod';

/** A word as search sees it: lower case letters and digits only (apostrophes dropped: "can't" is "cant"). */
const searchWord = z.string().regex(/^[a-z0-9]{2,30}$/, 'must be one lower-case word of 2 to 30 letters or digits, with no apostrophe ("cant", not "can\'t")');

/** What a reader might type: one to four words of lower-case letters, digits, spaces and apostrophes. */
const readerPhrase = z
  .string()
  .regex(/^[a-z0-9']+( [a-z0-9']+){0,3}$/, 'must be one to four lower-case words separated by single spaces');

/**
 * One rule of content/search/synonyms.yaml: when a reader types one of `when`, search also finds pages
 * with any word of `find`. The entry's key (`id`) names the rule in build errors.
 */
export const synonymSchema = z
  .object({
    /** Words or short phrases readers type ("can't sleep", "insomnia"); apostrophes do not matter. At least one. */
    when: z.array(readerPhrase).min(1).max(20),
    /** The words the guides use for the same thing ("sleep", "night"); a page with any of them matches. One to six. */
    find: z.array(searchWord).min(1).max(6),
  })
  .strict();

/** A parsed synonym rule. */
export type SynonymRule = z.infer<typeof synonymSchema>;

/**
 * One entry of content/search/keywords.yaml, keyed by a guide's slug: words readers use for what the
 * guide is about but which its text may not say. They go into the guide's `keywords` search metadata
 * (src/search/SearchKeywords.astro), which Pagefind searches and weights (search-ui.ts: metaWeights).
 */
export const guideKeywordsSchema = z
  .object({
    /** Reader words for this guide ("sleep", "bed", "relax"): each one plain lower-case word. One to twenty. */
    words: z.array(searchWord).min(1).max(20),
  })
  .strict();

/** A parsed keyword entry. */
export type GuideKeywords = z.infer<typeof guideKeywordsSchema>;
