import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
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

export const collections = { guides, practices };
