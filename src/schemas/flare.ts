import { z } from 'astro/zod';
import { friendlyParse } from './friendly-parse';

/** A sentence or phrase the reader sees; trimmed, never empty. */
const text = z.string().trim().min(2);

/** content/flare/flare.json: the words of /flare/ and of the flare plan. */
export const flareSchema = z
  .object({
    /** One or two calm sentences under the page title. */
    intro: text,
    /** The quick red-flag check (its questions come from content/safety/red-flags.json). */
    check: z
      .object({
        /** Heading above the questions. */
        title: text,
        /** Button for a Yes to any question: shows the emergency card only. */
        yes: text,
        /** Button for No to all: goes on to the settle. */
        no: text,
      })
      .strict(),
    /** The two-minute settle (its spoken script: content/practices/settle.yaml). */
    settle: z
      .object({
        /** Heading above the settle. */
        title: text,
        /** How to get comfortable, and that it can be stopped; shown above the player and the written steps. */
        intro: text,
        /** The player's start button, for a settle after the first (the first starts with "No to both"). */
        start: text,
      })
      .strict(),
    /** The flare plan: its title, the offer shown when there is none, and its fields in order. */
    plan: z
      .object({
        title: text,
        /** Shown on /flare/ when no plan is saved: a gentle offer for later, never a form. */
        none: text,
        /** Link text to the plan editor in the flares guide. */
        write: text,
        /** The plan's parts, each a free-text box. */
        fields: z
          .array(
            z
              .object({
                /** Kept in storage and export: kebab-case, never renamed. */
                id: z.string().regex(/^[a-z][a-z-]*$/, 'must be a kebab-case id'),
                /** The box's label. */
                label: text,
                /** A short example under the label. */
                hint: text,
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
  })
  .strict();

/** The flare page's words after checking. */
export type FlareWords = z.infer<typeof flareSchema>;
/** One part of the plan. */
export type PlanField = FlareWords['plan']['fields'][number];

/** Checks content/flare/flare.json; throws naming the file and every bad field. */
export function parseFlare(input: unknown): FlareWords {
  return friendlyParse(flareSchema, input, 'content/flare/flare.json');
}
