import { z } from 'astro/zod';
import { BEHAVIOURS } from '../islands/practice-player/behaviour';
import { buildPlan, PlanError } from '../islands/practice-player/lay-out';
import { PACES } from '../islands/practice-player/plan';
import { fillPlaces, LONGEST_PLACE } from '../islands/practice-player/pendulation/places';

/** Session lengths a practice may offer, in minutes (2 is the flare page's short settle). */
export const LENGTH_CHOICES = [2, 3, 5, 10, 15, 20] as const;

/** The kinds of step: words to say, a quiet stretch, or a question about how it is going. */
export const STEP_KINDS = ['cue', 'silence', 'check-in'] as const;

/** Signs and shorthand a voice reads oddly or skips ("e.g.", brackets, slashes, ampersands). */
const ODD_FOR_A_VOICE = /[()[\]{}<>/\\&%@#*_|~^=+"]|\b(e\.g|i\.e|etc)\b/i;

/** Plain words that a voice can say: one to four short sentences, no brackets, symbols or shorthand. */
const spokenText = z
  .string()
  .trim()
  .min(3)
  .max(320)
  // {ease} and {discomfort} are pendulation's places, filled in before anything is said (checked below).
  .refine((t) => !ODD_FOR_A_VOICE.test(t.replace(PLACE, 'place')), { message: 'must be plain words a voice can say: no brackets, symbols or abbreviations' })
  .refine((t) => /[.?!]$/.test(t), { message: 'must end with a full stop, question mark or exclamation mark' });

/** A place in pendulation's words, which the reader's choice fills in (src/islands/practice-player/pendulation/places.ts). */
const PLACE = /\{(ease|discomfort)\}/g;

const isLength = (n: number) => (LENGTH_CHOICES as readonly number[]).includes(n);

/** One step of a practice script. */
export const practiceStepSchema = z
  .object({
    /** cue: spoken and shown; silence: shown only, while the reader rests; check-in: a question, spoken and shown. */
    kind: z.enum(STEP_KINDS),
    /** The words: spoken for a cue or check-in, shown for every step, and listed in the written script. */
    text: spokenText,
    /**
     * This step's share of the quiet time: the session's length minus the time the cues take to say is
     * split between steps by share, so longer sessions stretch the silences and shorter ones shrink them.
     * Default 0 (a cue then lasts as long as its words). A silence needs a share above 0.
     */
    share: z.number().min(0).max(20).default(0),
    /** A safety cue (how to stop, how to ground, when to check first): kept in every length. Default false. */
    safety: z.boolean().default(false),
    /** Only in sessions of at least this many minutes (a detail a short session leaves out). Default: every length. */
    from: z.number().refine(isLength, { message: `must be one of ${LENGTH_CHOICES.join(', ')}` }).optional(),
    /** Only in sessions shorter than this many minutes (a short form of steps that longer sessions give in full). Default: every length. */
    until: z.number().refine(isLength, { message: `must be one of ${LENGTH_CHOICES.join(', ')}` }).optional(),
    /** The longest this step may last, in seconds (a short visit to discomfort stays short). Default: no limit. */
    maxSeconds: z.number().int().min(5).max(600).optional(),
    /**
     * What the step is for, where the practice's behaviour needs to know (pendulation): `visit`, part of a
     * short visit to discomfort, which "Back to ease" ends and "too much" shortens; `closing`, where the
     * practice goes after "too much" twice in a row. Default: none.
     */
    role: z.enum(['visit', 'closing']).optional(),
  })
  .strict()
  .superRefine((step, ctx) => {
    if (step.kind === 'silence' && step.share <= 0) ctx.addIssue({ code: 'custom', path: ['share'], message: 'a silence needs a share above 0' });
    if (step.kind === 'silence' && step.safety) ctx.addIssue({ code: 'custom', path: ['safety'], message: 'a silence says nothing, so it cannot be a safety cue' });
    for (const key of ['from', 'until'] as const) {
      if (step.safety && step[key] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: `a safety cue is kept in every length, so it cannot have "${key}"` });
      }
    }
    if (step.from !== undefined && step.until !== undefined && step.until <= step.from) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'must be longer than "from", or the step is never used' });
    }
    if (step.kind === 'check-in' && !/\bstop\b/i.test(step.text)) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'a check-in must say the reader can stop' });
    }
  });

/** A label on a button: a few plain words. */
const label = z.string().trim().min(2).max(40);

/** What a script offers at the end of a session instead of the journal (src/islands/practice-player/end-offers.ts). */
export const endOffersSchema = z
  .object({
    /** Shown above the offers when the session ran to its end. */
    say: z.string().trim().min(3).max(200),
    /** Button for more time: the same script again at `minutes`, one of its lengths. Not offered after a stop. */
    again: z.object({ /** One of the script's lengths. */ minutes: z.number(), /** The button's words. */ label }).strict(),
    /** Button that leaves the view for a part of the page: `target` is the id of the element that takes focus. */
    goTo: z.object({ /** The button's words. */ label, /** An element id on the page the script runs on. */ target: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be an element id in kebab-case') }).strict(),
  })
  .strict();

/** A practice script: content/practices/<guide-slug>.yaml. The file name is the guide's slug (the flare page's settle has no guide). */
export const practiceSchema = z
  .object({
    /** The practice's name, as on its guide ("Body scan"). */
    title: z.string().min(3).max(60),
    /** Lengths offered, in minutes, shortest first; each one of LENGTH_CHOICES. */
    lengths: z
      .array(z.number().refine(isLength, { message: `must be one of ${LENGTH_CHOICES.join(', ')}` }))
      .min(1)
      .refine((l) => l.every((n, i) => i === 0 || n > l[i - 1]!), { message: 'must be in order, shortest first, each once' }),
    /** The length offered first, until the reader picks another; one of `lengths`. */
    defaultMinutes: z.number(),
    /** What is said and shown after "Stop and ground": how to come back to the room. */
    grounding: spokenText,
    /** The steps, in order. The first says the reader can stop at any time; the last grounds. */
    steps: z.array(practiceStepSchema).min(3),
    /**
     * The practice's own behaviour, which the player adds: "breath" (a return counter with an eyes-closed
     * mode, soft bells, a breath pacer; src/islands/practice-player/breath/). Default: none.
     */
    behaviour: z.enum(BEHAVIOURS).optional(),
    /** Offers at the end of a session in place of the journal's (the flare page's settle). Default: the journal. */
    offers: endOffersSchema.optional(),
    /** Words on the start button on the practice's own guide. Default: "Start a practice". */
    start: label.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (!p.lengths.includes(p.defaultMinutes)) {
      ctx.addIssue({ code: 'custom', path: ['defaultMinutes'], message: `must be one of lengths (${p.lengths.join(', ')})` });
    }
    if (p.offers && !p.lengths.includes(p.offers.again.minutes)) {
      ctx.addIssue({ code: 'custom', path: ['offers', 'again', 'minutes'], message: `must be one of lengths (${p.lengths.join(', ')})` });
    }
    const first = p.steps[0];
    if (first && !(first.kind === 'cue' && first.safety && /\bstop at any time\b/i.test(first.text))) {
      ctx.addIssue({ code: 'custom', path: ['steps', 0], message: 'the first step must be a safety cue that says you can stop at any time, and how' });
    }
    // Places and roles are pendulation's: another practice has nothing that fills or reads them.
    if (p.behaviour !== 'pendulation') {
      p.steps.forEach((step, i) => {
        if (new RegExp(PLACE.source).test(step.text)) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'text'], message: '{ease} and {discomfort} are for the pendulation behaviour only' });
        }
        if (step.role) ctx.addIssue({ code: 'custom', path: ['steps', i, 'role'], message: 'a role is for the pendulation behaviour only' });
      });
    }
    const last = p.steps.at(-1);
    if (last && !(last.kind === 'cue' && last.safety)) {
      ctx.addIssue({ code: 'custom', path: ['steps', p.steps.length - 1], message: 'the last step must be a safety cue that grounds' });
    }
    // Every length must fit every pace: the cues' words, and a little quiet for each silence.
    // (A silence with no share is already reported above; laying it out would only add noise.)
    if (p.steps.some((s) => s.kind === 'silence' && s.share <= 0)) return;
    // Places are planned at their longest, so that any the reader chooses fits.
    const longest = { steps: p.steps.map((s) => ({ ...s, text: fillPlaces(s.text, { ease: LONGEST_PLACE, discomfort: LONGEST_PLACE }) })) };
    for (const minutes of p.lengths) {
      for (const pace of PACES) {
        try {
          buildPlan(longest, minutes, pace, 0);
        } catch (e) {
          if (!(e instanceof PlanError)) throw e;
          ctx.addIssue({ code: 'custom', path: ['lengths'], message: `${minutes} minutes at the ${pace} pace: ${e.message}` });
        }
      }
    }
  });

/** A checked practice script, as the collection holds it. */
export type PracticeData = z.infer<typeof practiceSchema>;

/** One checked step. */
export type PracticeStep = z.infer<typeof practiceStepSchema>;
