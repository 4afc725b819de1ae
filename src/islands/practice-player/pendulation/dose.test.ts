import { describe, expect, it } from 'vitest';
import { buildPlan } from '../lay-out';
import type { Plan } from '../plan';
import { loadScripts } from '../test-scripts';
import { backToEase, inVisit, SHORTEST_VISIT_MS, tooMuch, tooMuchBefore } from './dose';

const plan = buildPlan(loadScripts()['pendulation']!, 10, 'usual', 0);
const at = (role: string, kind: string, n = 0) => plan.steps.filter((s) => s.role === role && s.kind === kind)[n]!;
const NOW = 1_700_000_000_000;

describe('Back to ease', () => {
  it('goes from anywhere in a visit (its cue or its quiet) to the step after it, and does nothing outside one', () => {
    const cue = at('visit', 'cue');
    const quiet = at('visit', 'silence');
    expect(inVisit(plan, cue.startMs + 1000)).toBe(true);
    expect(backToEase(plan, cue.startMs + 1000)).toBe(quiet.endMs);
    expect(backToEase(plan, quiet.endMs - 1)).toBe(quiet.endMs);
    expect(plan.steps.find((s) => s.startMs === quiet.endMs)!.text).toMatch(/^Now come back to your place of ease/);
    expect(inVisit(plan, quiet.endMs)).toBe(false);
    expect(backToEase(plan, quiet.endMs)).toBeNull();
    expect(backToEase(plan, 0)).toBeNull();
  });
});

describe('too much', () => {
  const checkIn = plan.steps.find((s) => s.kind === 'check-in')!;

  it('the first time, makes the visits still to come half as long; the plan shrinks by what they give up', () => {
    const e = tooMuch(plan, checkIn.startMs + 1000, NOW);
    expect(e?.type).toBe('reshape');
    const shorter = (e as { plan: Plan }).plan;
    const visits = shorter.steps.filter((s) => s.role === 'visit' && s.kind === 'silence');
    expect(visits.map((v) => v.endMs - v.startMs)).toEqual([15_000, 7500, 7500]);
    expect(shorter.totalMs).toBe(plan.totalMs - 15_000);
  });

  it('never makes a visit shorter than the shortest silence, and says nothing when there is nothing to shorten', () => {
    const short = (tooMuch(plan, checkIn.startMs, NOW) as { plan: Plan }).plan;
    const again = (tooMuch(short, checkIn.startMs, NOW) as { plan: Plan }).plan;
    expect(again.steps.filter((s) => s.role === 'visit' && s.kind === 'silence').slice(1).map((v) => v.endMs - v.startMs)).toEqual([SHORTEST_VISIT_MS, SHORTEST_VISIT_MS]);
    expect(tooMuch(again, checkIn.startMs, NOW)).toBeNull();
    expect(tooMuch(plan, plan.totalMs - 1000, NOW)).toBeNull();
  });

  it('after a "too much" at the check-in before, goes on to the closing; an answer in between breaks the row', () => {
    const [first, second] = plan.steps.filter((s) => s.kind === 'check-in');
    const closing = plan.steps.find((s) => s.role === 'closing')!;
    expect(closing.text).toMatch(/^Look around the room again/);
    const shorter = (tooMuch(plan, first!.startMs + 1000, NOW) as { plan: Plan }).plan;
    const secondNow = shorter.steps.find((s) => s.kind === 'check-in' && s.startMs > first!.endMs)!;
    expect(tooMuchBefore(shorter, secondNow.startMs + 500)).toBe(true);
    expect(tooMuch(shorter, secondNow.startMs + 500, NOW)).toEqual({ type: 'skip', now: NOW, toMs: shorter.steps.find((s) => s.role === 'closing')!.startMs });
    // "About right" at the first check-in leaves no cap there: a "too much" at the second only shortens.
    expect(tooMuchBefore(plan, second!.startMs + 500)).toBe(false);
    expect(tooMuch(plan, second!.startMs + 500, NOW)?.type).toBe('reshape');
  });
});
