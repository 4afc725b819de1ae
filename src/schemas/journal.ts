import { z } from 'astro/zod';
import { friendlyParse } from './friendly-parse';

/** One sensation word offered as a tag in the interoceptive journal. */
export const sensationSchema = z
  .object({
    /** The tag itself, lower case, as the reader will see and save it ("softening", "emotion rising"). */
    word: z
      .string()
      .min(2)
      .max(30)
      .regex(/^[a-z][a-z -]*[a-z]$/, 'must be lower-case words (letters, spaces or hyphens)'),
    /** A few plain words on what the sensation may feel like; shown with the printable prompts. */
    hint: z.string().min(3).max(60),
  })
  .strict();

/** content/journal/sensations.json: the journal's sensation words and its printable prompts. */
export const journalDataSchema = z
  .object({
    /** Sensation tags offered in the entry form, in display order; words must be unique. */
    sensations: z
      .array(sensationSchema)
      .min(5)
      .max(24)
      .refine((list) => new Set(list.map((s) => s.word)).size === list.length, {
        message: 'each sensation word must appear only once',
      }),
    /** Questions to write about, shown (and printable) without JavaScript; each ends with "?". */
    prompts: z.array(z.string().min(10).max(120).regex(/\?$/, 'must be a question ending in "?"')).min(3).max(10),
  })
  .strict();

/** Parsed journal data. */
export type JournalData = z.infer<typeof journalDataSchema>;

/**
 * Checks the journal data file and throws an error naming the file and each bad field.
 * `file` is the path shown in the message. The build checks the same schema, as the "journal"
 * collection (src/content.config.ts); the unit tests check the file and bad copies of it with this.
 */
export function parseJournalData(raw: unknown, file: string): JournalData {
  return friendlyParse(journalDataSchema, raw, file);
}
