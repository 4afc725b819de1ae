/**
 * Pendulation's dose, as plain data: "Back to ease" ends a visit at once, and a "too much" at the
 * check-in makes the visits still to come shorter, or, twice in a row, goes on to the closing.
 * Pure: the plan and the session time in, the player's event out.
 */
import type { Plan } from '../plan';
import type { PlayerEvent } from '../practice-player';
import { capVisits } from '../visit-caps';

/** A visit is never shorter than this (the shortest silence the player plans). */
export const SHORTEST_VISIT_MS = 5000;

/** The index of the step under way at `elapsedMs` (-1 while settling in or after the end). */
const indexAt = (plan: Plan, elapsedMs: number) => plan.steps.findIndex((s) => elapsedMs >= s.startMs && elapsedMs < s.endMs);

/** True while a visit (its cue or its quiet) is under way at `elapsedMs`. */
export function inVisit(plan: Plan, elapsedMs: number): boolean {
  return plan.steps[indexAt(plan, elapsedMs)]?.role === 'visit';
}

/** Where "Back to ease" goes from `elapsedMs`: the start of the step after the visit, or null outside a visit. */
export function backToEase(plan: Plan, elapsedMs: number): number | null {
  let i = indexAt(plan, elapsedMs);
  if (plan.steps[i]?.role !== 'visit') return null;
  while (plan.steps[i + 1]?.role === 'visit') i += 1;
  return plan.steps[i]!.endMs;
}

/**
 * True when the check-in before the one under way at `elapsedMs` was answered "too much": it left a
 * cap on the plan (so this is known after a reload too, with no state of its own).
 */
export function tooMuchBefore(plan: Plan, elapsedMs: number): boolean {
  const before = plan.steps.slice(0, Math.max(0, indexAt(plan, elapsedMs))).findLast((s) => s.kind === 'check-in');
  return !!before && (plan.caps ?? []).some((c) => c.fromMs >= before.startMs && c.fromMs < before.endMs);
}

/**
 * What "too much" does at `elapsedMs`: the visits still to come last half as long (not under
 * SHORTEST_VISIT_MS); after a "too much" at the check-in before, the practice goes on to its closing.
 * Null when there is nothing left to shorten or skip to.
 */
export function tooMuch(plan: Plan, elapsedMs: number, now: number): PlayerEvent | null {
  const ahead = plan.steps.filter((s) => s.startMs > elapsedMs);
  if (tooMuchBefore(plan, elapsedMs)) {
    const closing = ahead.find((s) => s.role === 'closing');
    return closing ? { type: 'skip', now, toMs: closing.startMs } : null;
  }
  const visit = ahead.find((s) => s.role === 'visit' && s.kind === 'silence');
  if (!visit) return null;
  const ms = Math.max(SHORTEST_VISIT_MS, Math.round((visit.endMs - visit.startMs) / 2));
  const shorter = capVisits(plan, { fromMs: elapsedMs, ms });
  return shorter.totalMs < plan.totalMs ? { type: 'reshape', plan: shorter } : null;
}
