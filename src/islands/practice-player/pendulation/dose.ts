/**
 * Pendulation's dose, as plain data: "Back to ease" ends a visit at once, and a "too much" at the
 * check-in makes the visits still to come shorter, or, after a "too much" at the check-in before,
 * goes on to the closing. What was answered is read from the plan's caps, so it holds across a reload.
 * Pure: the plan and the session time in, the player's event out.
 */
import { stepIndexAt, type Plan } from '../plan';
import type { PlayerEvent } from '../practice-player';
import { capVisits } from '../visit-caps';

/** A visit is never shorter than this (the shortest silence the player plans). */
export const SHORTEST_VISIT_MS = 5000;

/** True while a visit (its cue or its quiet) is under way at `elapsedMs`. */
export function inVisit(plan: Plan, elapsedMs: number): boolean {
  return plan.steps[stepIndexAt(plan, elapsedMs)]?.role === 'visit';
}

/** Where "Back to ease" goes from `elapsedMs`: the start of the step after the visit, or null outside a visit. */
export function backToEase(plan: Plan, elapsedMs: number): number | null {
  let i = stepIndexAt(plan, elapsedMs);
  if (plan.steps[i]?.role !== 'visit') return null;
  while (plan.steps[i + 1]?.role === 'visit') i += 1;
  return plan.steps[i]!.endMs;
}

/** A check-in's question: open from the check-in's start until the next visit or closing begins (or the end). */
export interface Question {
  /** The check-in's index in plan.steps. */
  readonly index: number;
  readonly fromMs: number;
  readonly untilMs: number;
}

/** The question of the check-in with this index. */
function questionOf(plan: Plan, index: number): Question {
  const next = plan.steps.slice(index + 1).find((s) => s.role);
  return { index, fromMs: plan.steps[index]!.startMs, untilMs: next?.startMs ?? plan.totalMs };
}

/** The question open at `elapsedMs`, if any: the last check-in, with no visit or closing since. */
export function openQuestion(plan: Plan, elapsedMs: number): Question | null {
  for (let i = Math.min(stepIndexAt(plan, elapsedMs), plan.steps.length - 1); i >= 0; i -= 1) {
    const step = plan.steps[i]!;
    if (step.role) return null;
    if (step.kind === 'check-in') return questionOf(plan, i);
  }
  return null;
}

/** True when "too much" was the answer to this question: it left a cap on the plan while open. */
export function answeredTooMuch(plan: Plan, q: Question): boolean {
  return (plan.caps ?? []).some((c) => c.fromMs >= q.fromMs && c.fromMs < q.untilMs);
}

/** What "too much" can do: shorten the visits to come, go on to the close, or nothing (no visit left, or all as short as they go). */
export type TooMuch = { readonly event: PlayerEvent; readonly did: 'shorter' | 'closing' } | { readonly event: null; readonly did: 'no-visits' | 'shortest' };

/**
 * What "too much" does at `elapsedMs`, in the open question: the visits still to come last half as
 * long (never under SHORTEST_VISIT_MS); after a "too much" at the check-in before, the practice goes
 * on to its closing.
 */
export function tooMuch(plan: Plan, elapsedMs: number, now: number): TooMuch {
  const q = openQuestion(plan, elapsedMs);
  const ahead = plan.steps.filter((s) => s.startMs > elapsedMs);
  const before = q && plan.steps.slice(0, q.index).findLastIndex((s) => s.kind === 'check-in');
  if (q && before !== null && before >= 0 && answeredTooMuch(plan, questionOf(plan, before))) {
    const closing = ahead.find((s) => s.role === 'closing');
    if (closing) return { event: { type: 'skip', now, toMs: closing.startMs }, did: 'closing' };
  }
  const visit = ahead.find((s) => s.role === 'visit' && s.kind === 'silence');
  if (!visit) return { event: null, did: 'no-visits' };
  const ms = Math.max(SHORTEST_VISIT_MS, Math.round((visit.endMs - visit.startMs) / 2));
  const shorter = capVisits(plan, { fromMs: elapsedMs, ms });
  return shorter.totalMs < plan.totalMs ? { event: { type: 'reshape', plan: shorter }, did: 'shorter' } : { event: null, did: 'shortest' };
}
