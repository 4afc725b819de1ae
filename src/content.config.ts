import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { journalDataSchema } from './schemas/journal';
import { pendulationSchema } from './schemas/pendulation';
import { guideKeywordsSchema, synonymSchema } from './schemas/search';

// Astro keeps parsed entries in its cache (ASTRO_CACHE_DIR) and clears them when this file changes,
// not when a schema it imports from src/schemas/ does. After changing such a schema, raise this
// number (or run `astro sync --force`), or builds with an old cache read entries in the old shape.
// Schema version 2: a guide's `related` became references, and it needs two sources.
import { practiceSchema } from './schemas/practice';

/** Guides: one MDX article per file in content/guides; files starting with "_" are drafts and skipped. */
const guides = defineCollection({
  loader: glob({ base: process.env.GUIDES_DIR ?? './content/guides', pattern: '**/[^_]*.mdx' }),
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

/** The pendulation guide's words: entry "prompts". */
const pendulation = defineCollection({ loader: oneDocument('content/pendulation/prompts.json'), schema: pendulationSchema });

/** Search: words readers type and the words the guides use for the same thing (content/search/synonyms.yaml), one entry per rule. */
const searchSynonyms = defineCollection({ loader: file('content/search/synonyms.yaml'), schema: synonymSchema });

/** Search: reader words for each guide, keyed by the guide's slug (content/search/keywords.yaml). */
const searchKeywords = defineCollection({ loader: file('content/search/keywords.yaml'), schema: guideKeywordsSchema });

export const collections = { guides, practices, journal, pendulation, searchSynonyms, searchKeywords };
