import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';

// Astro keeps parsed entries in its cache (ASTRO_CACHE_DIR) and clears them when this file changes,
// not when a schema it imports from src/schemas/ does. After changing such a schema, raise this
// number (or run `astro sync --force`), or builds with an old cache read entries in the old shape.
// Schema version 2: a guide's `related` became references, and it needs two sources.

/** Guides: one MDX article per file in content/guides; files starting with "_" are drafts and skipped. */
const guides = defineCollection({
  loader: glob({ base: process.env.GUIDES_DIR ?? './content/guides', pattern: '**/[^_]*.mdx' }),
  schema: guideSchema,
});

export const collections = { guides };
