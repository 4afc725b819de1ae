import { describe, expect, it } from 'vitest';
import { buildPlan } from '../lay-out';
import type { Plan } from '../plan';
import { loadScripts } from '../test-scripts';
import { answeredTooMuch, backToEase, inVisit, openQuestion, SHORTEST_VISIT_MS, tooMuch } from './dose';

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

describe('the question after a visit', () => {
  const [first, second] = plan.steps.filter((s) => s.kind === 'check-in');

  it('is open from the check-in until the next visit begins, and not before the check-in or during a visit', () => {
    const q = openQuestion(plan, first!.startMs + 1000)!;
    const nextVisit = plan.steps.find((s) => s.role === 'visit' && s.startMs > first!.startMs)!;
    expect(q).toEqual({ index: plan.steps.indexOf(first!), fromMs: first!.startMs, untilMs: nextVisit.startMs });
    expect(openQuestion(plan, nextVisit.startMs - 1)).toEqual(q);
    expect(openQuestion(plan, nextVisit.startMs)).toBeNull();
    expect(openQuestion(plan, first!.startMs - 1)).toBeNull();
    expect(openQuestion(plan, 0)).toBeNull();
  });

  it('"too much" the first time makes the visits still to come half as long; the plan shrinks by what they give up', () => {
    const got = tooMuch(plan, first!.startMs + 1000, NOW);
    expect(got.did).toBe('shorter');
    const shorter = (got.event as { plan: Plan }).plan;
    expect(shorter.steps.filter((s) => s.role === 'visit' && s.kind === 'silence').map((v) => v.endMs - v.startMs)).toEqual([15_000, 7500, 7500]);
    expect(shorter.totalMs).toBe(plan.totalMs - 15_000);
    expect(answeredTooMuch(shorter, openQuestion(shorter, first!.startMs + 2000)!)).toBe(true);
    expect(answeredTooMuch(plan, openQuestion(plan, first!.startMs + 2000)!)).toBe(false);
  });

  it('never makes a visit shorter than the shortest silence, and says why when it cannot shorten', () => {
    const short = (tooMuch(plan, first!.startMs, NOW).event as { plan: Plan }).plan;
    const again = (tooMuch({ ...short, caps: [] }, first!.startMs, NOW).event as { plan: Plan }).plan;
    expect(again.steps.filter((s) => s.role === 'visit' && s.kind === 'silence').slice(1).map((v) => v.endMs - v.startMs)).toEqual([SHORTEST_VISIT_MS, SHORTEST_VISIT_MS]);
    expect(tooMuch({ ...again, caps: [] }, first!.startMs, NOW)).toEqual({ event: null, did: 'shortest' });
    const three = buildPlan(loadScripts()['pendulation']!, 3, 'usual', 0);
    const onlyCheckIn = three.steps.find((s) => s.kind === 'check-in')!;
    expect(tooMuch(three, onlyCheckIn.startMs + 500, NOW)).toEqual({ event: null, did: 'no-visits' });
  });

  it('after a "too much" at the check-in before, goes on to the closing; an answer in between breaks the row', () => {
    const closing = plan.steps.find((s) => s.role === 'closing')!;
    expect(closing.text).toMatch(/^Look around the room again/);
    const shorter = (tooMuch(plan, first!.startMs + 1000, NOW).event as { plan: Plan }).plan;
    const secondNow = shorter.steps.find((s) => s.kind === 'check-in' && s.startMs > first!.endMs)!;
    expect(tooMuch(shorter, secondNow.startMs + 500, NOW)).toEqual({
      event: { type: 'skip', now: NOW, toMs: shorter.steps.find((s) => s.role === 'closing')!.startMs },
      did: 'closing',
    });
    // "About right" at the first check-in leaves no cap there: a "too much" at the second only shortens.
    expect(tooMuch(plan, second!.startMs + 500, NOW).did).toBe('shorter');
  });
});
