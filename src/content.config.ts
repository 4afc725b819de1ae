import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import phoneNumbers from '../content/safety/phone-numbers.json';
import { flareSchema } from './schemas/flare';
import { guideSchema } from './schemas/guide';
import { journalDataSchema } from './schemas/journal';
import { quizSchema } from './schemas/quiz';
import { parsePhoneNumbers, redFlagsAgainst } from './schemas/red-flags';
import { guideKeywordsSchema, synonymSchema } from './schemas/search';

// Astro keeps parsed entries in its cache (ASTRO_CACHE_DIR) and clears them when this file changes,
// not when a schema it imports from src/schemas/ does. After changing such a schema, raise this
// number (or run `astro sync --force`), or builds with an old cache read entries in the old shape.
// Schema version 2: a guide's `related` became references, and it needs two sources.
import { practiceSchema } from './schemas/practice';

/** Where the guides are: content/guides, or GUIDES_DIR (the benchmark's synthetic guides). */
const GUIDES_DIR = process.env.GUIDES_DIR ?? './content/guides';

/** Guides: one MDX article per file in content/guides; files starting with "_" are drafts and skipped. */
const guides = defineCollection({
  loader: glob({ base: GUIDES_DIR, pattern: '**/[^_]*.mdx' }),
  schema: guideSchema,
});

/** Practice scripts: one YAML file per practice in content/practices, named after its guide (body-scan.yaml). */
const practices = defineCollection({
  loader: glob({ base: './content/practices', pattern: '[^_]*.yaml' }),
  schema: practiceSchema,
});

/**
 * A widget's data file, which is one document rather than a list: a collection whose one entry is
 * the whole file, with the file's name as its id (content/journal/sensations.json → "sensations").
 */
function oneDocument(path: string) {
  const id = path.replace(/^.*\//, '').replace(/\.json$/, '');
  return file(path, { parser: (text) => ({ [id]: JSON.parse(text) }) });
}

/** The journal's sensation words and printable prompts: entry "sensations". */
const journal = defineCollection({ loader: oneDocument('content/journal/sensations.json'), schema: journalDataSchema });


/**
 * The one source of the red flags: entry "red-flags", with every number it names checked against
 * content/safety/phone-numbers.json. (The phone numbers stay a plain import: the call links in the
 * widgets need them in the browser, where collections do not exist.)
 */
const safety = defineCollection({
  loader: oneDocument('content/safety/red-flags.json'),
  schema: redFlagsAgainst(parsePhoneNumbers(phoneNumbers)),
});

/** The guides' slugs, from their file names, so the quiz's guide links can be checked as it loads. */
const guideSlugs = readdirSync(GUIDES_DIR)
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.replace(/\.mdx$/, ''));

/** The self-assessment quiz: entry "self-assessment"; its safety questions join from `safety`. */
const quiz = defineCollection({ loader: oneDocument('content/quiz/self-assessment.json'), schema: quizSchema(guideSlugs) });

/** The words of /flare/ and the flare plan: entry "flare". */
const flare = defineCollection({ loader: oneDocument('content/flare/flare.json'), schema: flareSchema });


/** Search: words readers type and the words the guides use for the same thing (content/search/synonyms.yaml), one entry per rule. */
const searchSynonyms = defineCollection({ loader: file('content/search/synonyms.yaml'), schema: synonymSchema });

/** Search: reader words for each guide, keyed by the guide's slug (content/search/keywords.yaml). */
const searchKeywords = defineCollection({ loader: file('content/search/keywords.yaml'), schema: guideKeywordsSchema });

export const collections = { guides, practices, journal, safety, quiz, flare, searchSynonyms, searchKeywords };
