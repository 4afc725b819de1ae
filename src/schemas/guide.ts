import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { sourceSchema } from './source';

/** The five sections of the site, in reading order. */
export const SECTIONS = ['start-here', 'core-practices', 'advanced-practices', 'going-further', 'safety'] as const;

/** A section slug. */
export type Section = (typeof SECTIONS)[number];

/** Human names for the sections, used in navigation and search filters. */
export const SECTION_NAMES: Record<Section, string> = {
  'start-here': 'Start here',
  'core-practices': 'Core practices',
  'advanced-practices': 'Advanced practices',
  'going-further': 'Going further',
  safety: 'Safety',
};

/** Shorter names for the site header, where space is tight on a phone. */
export const SECTION_SHORT_NAMES: Record<Section, string> = { ...SECTION_NAMES, 'advanced-practices': 'Advanced' };

/** Frontmatter of one guide in content/guides/*.mdx. */
export const guideSchema = z
  .object({
    /** Page title and h1; short and plain. */
    title: z.string().min(3).max(80),
    /** One sentence for search results and meta description; ends with a full stop. */
    description: z
      .string()
      .min(20)
      .max(200)
      .refine((d) => /^[^.!?]+[.!?]$/.test(d.trim()), { message: 'must be exactly one sentence ending in . ! or ?' }),
    /** Which section the guide belongs to. */
    section: z.enum(SECTIONS),
    /** Position within its section, from 1. */
    order: z.number().int().min(1),
    /** Date the content was last checked against its sources (YYYY-MM-DD). */
    reviewed: z.coerce.date(),
    /** Evidence cited; shown on the page and on /sources/. Every guide cites at least two. */
    sources: z.array(sourceSchema).min(2, 'every guide cites at least two sources'),
    /**
     * Related guides, by slug, as references into the guides collection ({ id, collection }); each must
     * exist and none may be the guide itself (checked across all guides by relatedProblems). Default: none.
     */
    related: z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be a guide slug in kebab-case').pipe(reference('guides'))).default([]),
    /** For practices: how long it usually takes, in words ("5 to 10 minutes"). Optional. */
    duration: z.string().min(2).optional(),
    /** For practices: what you need ("Nothing", "A chair"). Optional. */
    needs: z.string().min(2).optional(),
    /** Show the emergency and urgent care cards first, straight under the title (the red-flags guide). Default: false. */
    careCardsFirst: z.boolean().default(false),
  })
  .strict();

/** Parsed guide frontmatter. */
export type GuideData = z.infer<typeof guideSchema>;
