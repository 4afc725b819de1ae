import { describe, expect, it } from 'vitest';
import { buildPlan } from './lay-out';
import { loadScripts } from './test-scripts';
import { capVisits, withCaps } from './visit-caps';

const plan = buildPlan(loadScripts()['pendulation']!, 10, 'usual', 0);
const visits = plan.steps.filter((s) => s.role === 'visit' && s.kind === 'silence');

describe('capVisits', () => {
  it('shortens the visits from a time on, and takes the time they give up off the end', () => {
    expect(visits.map((v) => v.endMs - v.startMs)).toEqual([15_000, 15_000, 15_000]);
    const from = visits[0]!.endMs;
    const capped = capVisits(plan, { fromMs: from, ms: 7000 });
    const after = capped.steps.filter((s) => s.role === 'visit' && s.kind === 'silence');
    expect(after.map((v) => v.endMs - v.startMs)).toEqual([15_000, 7000, 7000]);
    expect(capped.totalMs).toBe(plan.totalMs - 16_000);
    expect(capped.practiceMs).toBe(plan.practiceMs - 16_000);
    expect(capped.caps).toEqual([{ fromMs: from, ms: 7000 }]);
    // Steps still follow one another with no gap, and the last ends as the session does.
    capped.steps.forEach((s, i) => i > 0 && expect(s.startMs).toBe(capped.steps[i - 1]!.endMs));
    expect(capped.steps.at(-1)!.endMs).toBe(capped.totalMs);
    // Quiet in ease is not touched.
    expect(capped.steps.filter((s) => !s.role).map((s) => s.endMs - s.startMs)).toEqual(plan.steps.filter((s) => !s.role).map((s) => s.endMs - s.startMs));
  });

  it('lays caps again in order, as a session kept across a reload needs', () => {
    const once = capVisits(plan, { fromMs: 0, ms: 10_000 });
    const twice = capVisits(once, { fromMs: visits[1]!.startMs, ms: 5000 });
    expect(withCaps(plan, twice.caps)).toEqual(twice);
    expect(withCaps(plan, undefined)).toBe(plan);
  });
});
