import { z } from 'astro/zod';
import { friendlyParse } from './friendly-parse';

/** The kinds of sensation the pendulation guide invites the reader to notice, in the order they rotate. */
export const SENSATION_IDS = ['temperature', 'movement', 'edges', 'texture', 'weight'] as const;

/** The word the step texts use where the reader's chosen place goes. */
export const PLACE_TOKEN = '{place}';

/** One sensation prompt, worded for a place of ease and for a place of discomfort. */
export const sensationSchema = z
  .object({
    /** Which kind of sensation this prompt is about. */
    id: z.enum(SENSATION_IDS),
    /** Short visible name ("Temperature"). */
    name: z.string().min(2).max(30),
    /** Invitation shown while resting on the place of ease; one to three short sentences. */
    ease: z.string().min(10).max(200),
    /** Invitation shown during the short visit to discomfort; one to three short sentences. */
    discomfort: z.string().min(10).max(200),
  })
  .strict();

/** A step's visible title and its guiding text. */
export const stepTextSchema = z
  .object({
    /** Heading shown for the step ("Rest in ease"). */
    title: z.string().min(2).max(40),
    /** What to do, in plain invitational words. */
    text: z.string().min(10).max(400),
  })
  .strict();

/** The check-in: its step text, plus the advice the written script gives in its place. */
const checkInSchema = stepTextSchema.extend({
  /** For the written script: what to ask yourself after a visit and what to do with the answer. */
  script: z.string().min(10).max(300),
});

/** Words around the choices before starting. */
export const setupTextSchema = z
  .object({
    /** The opening paragraph of the guide. */
    intro: z.string().min(10).max(300),
    /** Shown until the page has loaded (and when JavaScript is off): the script below works without it. */
    loading: z.string().min(10).max(200),
    /** Help under "Place of ease". */
    easeHint: z.string().min(10).max(200),
    /** Help under "Place of discomfort". */
    discomfortHint: z.string().min(10).max(200),
    /** Help under the pace settings. */
    paceHint: z.string().min(10).max(200),
  })
  .strict();

/** A step text that must name the chosen place with {place}. */
const placeStepSchema = stepTextSchema.refine((s) => s.text.includes(PLACE_TOKEN), {
  message: `text must contain ${PLACE_TOKEN}, where the chosen place goes`,
  path: ['text'],
});

/** All the words of content/pendulation/prompts.json. */
export const pendulationSchema = z
  .object({
    /** Sensation prompts, rotated one per phase; each id at most once. */
    sensations: z
      .array(sensationSchema)
      .min(1)
      .refine((list) => new Set(list.map((s) => s.id)).size === list.length, { message: 'each sensation id may appear only once' }),
    /** Words of the setup screen. */
    setup: setupTextSchema,
    /** The texts of each step of the practice. */
    steps: z
      .object({
        /** Before starting: get comfortable; shown in the written script. */
        settle: stepTextSchema,
        /** Resting on the place of ease; text contains {place}. */
        ease: placeStepSchema,
        /** The short visit to the place of discomfort; text contains {place}. */
        discomfort: placeStepSchema,
        /** The question after each visit ("too much", "about right", "easier"). */
        checkIn: checkInSchema,
        /** The closing step: orient to the room, contact, slow breaths. */
        closing: stepTextSchema,
        /** What to do after "Stop and ground". */
        grounding: stepTextSchema,
        /** The short reflection at the end. */
        reflection: stepTextSchema,
      })
      .strict(),
  })
  .strict();

/** The validated pendulation words. */
export type PendulationData = z.infer<typeof pendulationSchema>;

/** One sensation prompt. */
export type Sensation = z.infer<typeof sensationSchema>;

/**
 * Checks the data and throws an error naming the file and each bad field (received vs expected).
 * `file` is only used in the message. The build checks the same schema, as the "pendulation"
 * collection (src/content.config.ts); the unit tests check the file and bad copies of it with this.
 */
export function parsePendulationData(raw: unknown, file: string): PendulationData {
  return friendlyParse(pendulationSchema, raw, file);
}
