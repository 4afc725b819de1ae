import { z } from 'astro/zod';
import { splitCallTokens } from '../components/safety/call-tokens';
import { friendlyParse } from './friendly-parse';

/** A sentence or phrase the reader sees; trimmed, never empty. */
const text = z.string().trim().min(2);

/** One phone number the site shows, in content/safety/phone-numbers.json. */
export const phoneNumberSchema = z
  .object({
    /** What goes after "tel:" (and "sms:"): digits only, like "116123". */
    tel: z.string().regex(/^\d{3,8}$/, 'must be the digits to dial, like "999" or "116123"'),
    /** Link text for a call, lower case so it reads mid-sentence: "call NHS 111". Starts with "call ". */
    call: z.string().regex(/^call .+\d$/, 'must start with "call " and end with the number, like "call 999"'),
    /** Link text for a text message, when the line takes texts: "text 988". Default: none. */
    text: z.string().regex(/^text .+\d$/, 'must start with "text " and end with the number').optional(),
    /** Where the number works, shown after it: "UK", "US", "EU". */
    where: z.string().min(2),
  })
  .strict();

/** content/safety/phone-numbers.json: every number the site shows, keyed as it is written ("116 123"). */
export const phoneNumbersSchema = z.record(z.string().regex(/^\d{3}( \d{3})?$/, 'keys are numbers as written, like "999" or "116 123"'), phoneNumberSchema);

/** One group of red-flag signs, asked as one Yes / No question in the quiz. */
const groupSchema = z
  .object({
    /** Unique id, kebab-case; it joins element ids in the quiz. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a kebab-case id, like "both-legs"'),
    /** The quiz question for the group. */
    legend: text,
    /** A few words naming the group, for the quiz's printed summary. */
    short: text,
    /** The signs, each a phrase that follows the card's lead ("Go now if you have back pain and any of these:"). */
    signs: z.array(text).min(1),
  })
  .strict();

/** One level of care: what to do, and the signs that call for it. */
const levelSchema = z
  .object({
    /** Heading of the care card: what to do, without numbers (the calls carry them). */
    title: text,
    /** The signs in a few words, for the safety line on every guide ("new weakness in your legs, …"). Optional. */
    summary: text.optional(),
    /** The signs as two or three plain yes/no questions, for a reader in a flare (/flare/). Optional. */
    quickQuestions: z.array(text).min(1).max(3).optional(),
    /** Numbers to offer as big call buttons, keys of phone-numbers.json. */
    calls: z.array(z.string()).min(1),
    /** What to do, one paragraph each; "{111}" becomes a call link, "{text:988}" a text link. */
    lines: z.array(text).min(1),
    /** Lead-in to the list of signs. */
    lead: text,
    /** The signs in groups; the page lists them all, the quiz asks one question per group. */
    groups: z.array(groupSchema).min(1),
  })
  .strict();

/** content/safety/red-flags.json: the one list of emergency and urgent signs that every page and widget uses. */
export const redFlagsSchema = z.object({ emergency: levelSchema, urgent: levelSchema }).strict();

/** Phone numbers after checking. */
export type PhoneNumbers = z.infer<typeof phoneNumbersSchema>;
/** Red flags after checking. */
export type RedFlags = z.infer<typeof redFlagsSchema>;
/** One level of care (emergency or urgent). */
export type CareLevel = RedFlags['emergency'];

/**
 * The red-flags schema with every number a card or line names checked against the phone numbers: the
 * schema of the `safety` collection's "red-flags" entry.
 */
export function redFlagsAgainst(phones: PhoneNumbers) {
  const known = Object.keys(phones);
  return redFlagsSchema.superRefine((data, ctx) => {
    for (const level of ['emergency', 'urgent'] as const) {
      const named = [...data[level].calls, ...data[level].lines.flatMap((line) => splitCallTokens(line).flatMap((part) => (typeof part === 'string' ? [] : [part.number])))];
      for (const number of named) {
        if (!known.includes(number)) ctx.addIssue({ code: 'custom', path: [level], message: `Received number "${number}"; expected one of ${known.join(', ')} (content/safety/phone-numbers.json)` });
      }
    }
    const ids = [...data.emergency.groups, ...data.urgent.groups].map((g) => g.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length > 0) ctx.addIssue({ code: 'custom', message: `group ids must be unique; repeated: ${repeated.join(', ')}` });
  });
}

/** Checks content/safety/phone-numbers.json; throws naming the file and every bad field. */
export function parsePhoneNumbers(numbers: unknown): PhoneNumbers {
  return friendlyParse(phoneNumbersSchema, numbers, 'content/safety/phone-numbers.json');
}

/** Checks both files together (as the build does): every number a card or line names must be in phone-numbers.json. */
export function parseRedFlags(redFlags: unknown, numbers: unknown): { redFlags: RedFlags; numbers: PhoneNumbers } {
  const phones = parsePhoneNumbers(numbers);
  return { redFlags: friendlyParse(redFlagsAgainst(phones), redFlags, 'content/safety/red-flags.json'), numbers: phones };
}
