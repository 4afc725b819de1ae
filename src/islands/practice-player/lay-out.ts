/**
 * Lays a script out in time (plan.ts says how): the words take the time they take to say, and the
 * quiet between them stretches or shrinks to fill the rest of the reader's length. Pure: no clock,
 * no DOM. Fetched as a session starts (or comes back after a reload), so it stays out of the first
 * download; the schema (src/schemas/practice.ts) uses it to check every length fits.
 */
import { LEAD_IN_MS, MIN_SILENCE_MS, sentences, SPEECH, TAIL_MS, type Pace, type Plan, type PlanStep, type Script, type ScriptStep } from './plan';

/** A script that cannot fill a length: too many words for the time, or time with nowhere to go. */
export class PlanError extends Error {
  override name = 'PlanError';
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
      role: step.role,
    };
  });
  return { minutes, pace, settleMs, practiceMs, totalMs: settleMs + practiceMs, steps };
}

