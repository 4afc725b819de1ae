/**
 * A practice script laid out in time, as plain data. A session's length is the reader's: the words
 * take the time they take to say, and the quiet between them stretches or shrinks to fill the rest.
 * Steps a script marks `from` (details) are left out of shorter sessions, and short forms it marks
 * `until` stand in for them there; safety cues are in every session.
 * Pure: no clock, no DOM. The schema (src/schemas/practice.ts) uses it to check every length fits.
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
}

/** A practice script: its name, lengths and steps, and its own end offers, if any. */
export interface Script {
  readonly title: string;
  readonly lengths: readonly number[];
  readonly defaultMinutes: number;
  readonly grounding: string;
  readonly steps: readonly ScriptStep[];
  /** The practice's own behaviour, added to the player (see behaviour.ts); none by default. */
  readonly behaviour?: 'breath' | undefined;
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
}

/** A whole session laid out in time. */
export interface Plan {
  readonly minutes: number;
  readonly pace: Pace;
  /** Time to get comfortable before the first cue (0 to 2 minutes). */
  readonly settleMs: number;
  /** The practice itself: exactly `minutes` long. */
  readonly practiceMs: number;
  /** settleMs + practiceMs. */
  readonly totalMs: number;
  readonly steps: readonly PlanStep[];
}

/** A script that cannot fill a length: too many words for the time, or time with nowhere to go. */
export class PlanError extends Error {
  override name = 'PlanError';
}

/** Splits words into sentences, each ending at . ? or ! (a voice speaks them with a rest between). */
export function sentences(text: string): string[] {
  return (text.match(/[^.?!]+[.?!]+/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
}

/** How the voice says `text` at `pace`: sentence by sentence, at the pace's rate and rests. */
export function saying(text: string, pace: Pace): { sentences: string[]; rate: number; gapMs: number } {
  return { sentences: sentences(text), rate: SPEECH[pace].rate, gapMs: SPEECH[pace].gapMs };
}

/** The time a spoken step needs at `pace`: lead-in, its words, rests between sentences, and a tail. */
export function speakingMs(text: string, pace: Pace): number {
  const { wordsPerSecond, gapMs } = SPEECH[pace];
  const words = text.split(/\s+/).filter(Boolean).length;
  return LEAD_IN_MS + Math.round((words / wordsPerSecond) * 1000) + gapMs * (sentences(text).length - 1) + TAIL_MS;
}

/**
 * True when a session of `minutes` keeps the step: safety cues always; details (`from`) only in
 * sessions that long or longer; short forms (`until`) only in sessions shorter than that.
 */
export function keptIn(step: ScriptStep, minutes: number): boolean {
  if (step.safety) return true;
  return (step.from === undefined || minutes >= step.from) && (step.until === undefined || minutes < step.until);
}

/**
 * Shares `spare` ms out by weight, never giving a step more than its room (cap minus floor);
 * what a capped step cannot take goes to the others. Whole ms; the rounding remainder goes to the
 * last step still taking time, so the parts add up to `spare` exactly.
 */
function shareOut(spare: number, weights: readonly number[], room: readonly number[]): number[] {
  const out = weights.map(() => 0);
  let open = weights.map((w, i) => (w > 0 ? i : -1)).filter((i) => i >= 0);
  let left = spare;
  for (;;) {
    const total = open.reduce((sum, i) => sum + weights[i]!, 0);
    const full = open.filter((i) => (left * weights[i]!) / total >= room[i]!);
    if (full.length === 0) break;
    for (const i of full) {
      out[i] = room[i]!;
      left -= room[i]!;
    }
    open = open.filter((i) => !full.includes(i));
    if (open.length === 0) break;
  }
  if (open.length === 0) {
    if (left > 0) throw new PlanError(`${Math.round(left / 1000)} s of quiet has no step to go to: every silence is at its maxSeconds`);
    return out;
  }
  const total = open.reduce((sum, i) => sum + weights[i]!, 0);
  let given = 0;
  for (const i of open) {
    out[i] = Math.floor((left * weights[i]!) / total);
    given += out[i]!;
  }
  const last = open.at(-1)!;
  out[last] = out[last]! + left - given;
  return out;
}

/**
 * Lays a script out for a session: `minutes` of practice at `pace`, after `settleMs` to get
 * comfortable. Throws a PlanError when the words do not fit, or the quiet has nowhere to go.
 */
export function buildPlan(script: Pick<Script, 'steps'>, minutes: number, pace: Pace, settleMs: number): Plan {
  const practiceMs = minutes * 60_000;
  const kept = script.steps.map((step, scriptIndex) => ({ step, scriptIndex })).filter(({ step }) => keptIn(step, minutes));
  const floors = kept.map(({ step }) => (step.kind === 'silence' ? MIN_SILENCE_MS : speakingMs(step.text, pace)));
  const used = floors.reduce((a, b) => a + b, 0);
  if (used > practiceMs) {
    throw new PlanError(`the words and shortest silences need ${Math.ceil(used / 1000)} s, more than the ${minutes * 60} s there is`);
  }
  const room = kept.map(({ step }, i) => {
    if (step.maxSeconds === undefined) return Number.POSITIVE_INFINITY;
    const r = step.maxSeconds * 1000 - floors[i]!;
    if (r < 0) throw new PlanError(`step ${i + 1} needs ${Math.ceil(floors[i]! / 1000)} s, more than its maxSeconds`);
    return r;
  });
  const extra = shareOut(practiceMs - used, kept.map(({ step }) => step.share), room);
  let at = settleMs;
  const steps = kept.map(({ step, scriptIndex }, i): PlanStep => {
    const startMs = at;
    at += floors[i]! + extra[i]!;
    return {
      scriptIndex,
      kind: step.kind,
      text: step.text,
      safety: step.safety,
      startMs,
      endMs: at,
      speakMs: step.kind === 'silence' ? 0 : floors[i]!,
    };
  });
  return { minutes, pace, settleMs, practiceMs, totalMs: settleMs + practiceMs, steps };
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

/** A tone due `atMs` into the session. */
export interface DueTone {
  readonly atMs: number;
  readonly tone: Tone;
}

/**
 * The tones still to come from `fromMs` on (inclusive): the start as the first cue begins, a tone as
 * each later cue or check-in begins (silences are quiet), and the end. `on` says which are wanted.
 */
export function tonesFrom(plan: Plan, fromMs: number, on: Readonly<Record<Tone, boolean>>): DueTone[] {
  const out: DueTone[] = [];
  plan.steps.forEach((s, i) => {
    if (s.startMs < fromMs) return;
    const tone: Tone | null = i === 0 ? 'start' : s.kind === 'cue' ? 'cue' : s.kind === 'check-in' ? 'check-in' : null;
    if (tone && on[tone]) out.push({ atMs: s.startMs, tone });
  });
  if (on.end && plan.totalMs >= fromMs) out.push({ atMs: plan.totalMs, tone: 'end' });
  return out;
}
