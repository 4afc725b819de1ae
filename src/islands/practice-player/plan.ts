/**
 * A practice script laid out in time, as plain data. A session's length is the reader's: the words
 * take the time they take to say, and the quiet between them stretches or shrinks to fill the rest.
 * Steps a script marks `from` (details) are left out of shorter sessions, and short forms it marks
 * `until` stand in for them there; safety cues are in every session.
 * Pure: no clock, no DOM. Laying a script out in time is lay-out.ts, fetched as a session starts;
 * the schema (src/schemas/practice.ts) uses it to check every length fits.
 */

import type { EndOffers } from './end-offers';

/** One step as the script gives it (see src/schemas/practice.ts for what each field means). */
export interface ScriptStep {
  readonly kind: 'cue' | 'silence' | 'check-in';
  readonly text: string;
  readonly share: number;
  readonly safety: boolean;
  readonly from?: number | undefined;
  readonly until?: number | undefined;
  readonly maxSeconds?: number | undefined;
  readonly role?: StepRole | undefined;
}

/**
 * What a step is for, where a practice's behaviour needs to know (pendulation): `visit`, a short visit
 * to discomfort, which "Back to ease" ends at once and a "too much" shortens; `closing`, where the
 * practice goes after "too much" twice in a row.
 */
export type StepRole = 'visit' | 'closing';

/** A practice script: its name, lengths and steps, and its own end offers, if any. */
export interface Script {
  readonly title: string;
  readonly lengths: readonly number[];
  readonly defaultMinutes: number;
  readonly grounding: string;
  readonly steps: readonly ScriptStep[];
  /** The practice's own behaviour, added to the player (see behaviour.ts); none by default. */
  readonly behaviour?: 'breath' | 'pendulation' | undefined;
  /** Words on the start button on the practice's own guide; "Start a practice" by default. */
  readonly start?: string | undefined;
  /** Offers at the end of a session in place of the journal's (the flare page's settle); none by default. */
  readonly offers?: EndOffers | undefined;
}

/** How fast the voice speaks, and how long it rests between sentences. */
export const PACES = ['usual', 'slower'] as const;

/** A pace: usual, or slower (a slower voice, longer rests between sentences). */
export type Pace = (typeof PACES)[number];

/**
 * Speech settings per pace, and the rates we plan with. The planned rates are a little slower than
 * voices really speak at these settings, so a cue's words end before its time does.
 */
export const SPEECH: Record<Pace, { readonly rate: number; readonly wordsPerSecond: number; readonly gapMs: number }> = {
  usual: { rate: 0.9, wordsPerSecond: 2.2, gapMs: 700 },
  slower: { rate: 0.75, wordsPerSecond: 1.8, gapMs: 1200 },
};

/** Time from the start of a spoken step to its first word (the step's soft tone plays first). */
export const LEAD_IN_MS = 800;
/** Quiet after a spoken step's last word, before anything else happens. */
export const TAIL_MS = 1200;
/** The shortest a silence may be. */
export const MIN_SILENCE_MS = 5000;

/** A step placed in time. Times are ms from the start of the session (the settle-in comes first). */
export interface PlanStep {
  /** Where the step is in the script (steps left out of a short session leave gaps). */
  readonly scriptIndex: number;
  readonly kind: ScriptStep['kind'];
  readonly text: string;
  readonly safety: boolean;
  readonly startMs: number;
  readonly endMs: number;
  /** How long its words take to say, lead-in and tail included (0 for a silence). */
  readonly speakMs: number;
  /** What the step is for, as its script says (pendulation's visits and close); none for most steps. */
  readonly role?: StepRole | undefined;
}

/** A whole session laid out in time. */
export interface Plan {
  readonly minutes: number;
  readonly pace: Pace;
  /** Time to get comfortable before the first cue (0 to 2 minutes). */
  readonly settleMs: number;
  /** The practice itself: `minutes` long, less what shortened visits gave up (`caps`). */
  readonly practiceMs: number;
  /** settleMs + practiceMs. */
  readonly totalMs: number;
  readonly steps: readonly PlanStep[];
  /** Visits shortened during the session (pendulation's "too much"), in order; none at first. */
  readonly caps?: readonly VisitCap[] | undefined;
}

/** From `fromMs` into the session on, each visit lasts at most `ms`. */
export interface VisitCap {
  /** Session time (settle-in included) when the visits were shortened: visits that start from then on are. */
  readonly fromMs: number;
  /** The longest a visit's quiet may last from then on, in ms. */
  readonly ms: number;
}

/** Splits words into sentences, each ending at . ? or ! (a voice speaks them with a rest between). */
export function sentences(text: string): string[] {
  return (text.match(/[^.?!]+[.?!]+/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
}

/** How the voice says `text` at `pace`: sentence by sentence, at the pace's rate and rests. */
export function saying(text: string, pace: Pace): { sentences: string[]; rate: number; gapMs: number } {
  return { sentences: sentences(text), rate: SPEECH[pace].rate, gapMs: SPEECH[pace].gapMs };
}

/** The index of the step under way `elapsedMs` into the session: -1 while settling in, steps.length once over. */
export function stepIndexAt(plan: Plan, elapsedMs: number): number {
  if (elapsedMs < plan.settleMs) return -1;
  const i = plan.steps.findIndex((s) => elapsedMs < s.endMs);
  return i === -1 ? plan.steps.length : i;
}

/** True while a spoken step's words are being said at `elapsedMs` (from its start to the end of its tail). */
export function inWords(step: PlanStep, elapsedMs: number): boolean {
  return step.speakMs > 0 && elapsedMs >= step.startMs && elapsedMs < step.startMs + step.speakMs;
}

/** The soft sounds a session can make; each can be turned off. */
export type Tone = 'start' | 'cue' | 'check-in' | 'end';

/**
 * How a tone sounds: as its kind, except that a cue going toward a visit (pendulation) sounds
 * `toward`, and the cue just after a visit, the way back to ease, sounds `back`.
 */
export type ToneSound = Tone | 'toward' | 'back';

/** A tone due `atMs` into the session. */
export interface DueTone {
  readonly atMs: number;
  readonly tone: ToneSound;
}

/**
 * The tones still to come from `fromMs` on (inclusive): the start as the first cue begins, a tone as
 * each later cue or check-in begins (silences are quiet), and the end. `on` says which are wanted
 * (`cue` for the toward and back sounds too).
 */
export function tonesFrom(plan: Plan, fromMs: number, on: Readonly<Record<Tone, boolean>>): DueTone[] {
  const out: DueTone[] = [];
  plan.steps.forEach((s, i) => {
    if (s.startMs < fromMs) return;
    const tone: Tone | null = i === 0 ? 'start' : s.kind === 'cue' ? 'cue' : s.kind === 'check-in' ? 'check-in' : null;
    if (tone && on[tone]) {
      out.push({ atMs: s.startMs, tone: tone !== 'cue' ? tone : s.role === 'visit' ? 'toward' : plan.steps[i - 1]?.role === 'visit' ? 'back' : tone });
    }
  });
  if (on.end && plan.totalMs >= fromMs) out.push({ atMs: plan.totalMs, tone: 'end' });
  return out;
}
