import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';

/** Guides: one MDX article per file in content/guides; files starting with "_" are drafts and skipped. */
const guides = defineCollection({
  loader: glob({ base: process.env.GUIDES_DIR ?? './content/guides', pattern: '**/[^_]*.mdx' }),
  schema: guideSchema,
});

export const collections = { guides };
