import { describe, expect, it } from 'vitest';
import { buildPlan, keptIn, PlanError, speakingMs } from './lay-out';
import { inWords, LEAD_IN_MS, MIN_SILENCE_MS, PACES, stepIndexAt, tonesFrom, TAIL_MS, type Plan, type ScriptStep } from './plan';
import { loadScripts } from './test-scripts';

const scripts = loadScripts();
const ALL_TONES = { start: true, cue: true, 'check-in': true, end: true } as const;
const step = (kind: ScriptStep['kind'], text: string, more: Partial<ScriptStep> = {}): ScriptStep => ({ kind, text, share: kind === 'silence' ? 1 : 0, safety: false, ...more });
const durations = (p: Plan) => new Map(p.steps.map((s) => [s.scriptIndex, s.endMs - s.startMs]));

describe('every script at every length and pace', () => {
  const cases = Object.entries(scripts).flatMap(([slug, script]) =>
    script.lengths.flatMap((minutes) => PACES.map((pace) => ({ slug, script, minutes, pace }))),
  );

  it.each(cases)('$slug, $minutes min, $pace: lasts its length to the millisecond, with no gap or overlap', ({ script, minutes, pace }) => {
    const plan = buildPlan(script, minutes, pace, 30_000);
    expect([plan.practiceMs, plan.totalMs, plan.steps[0]!.startMs, plan.steps.at(-1)!.endMs]).toEqual([
      minutes * 60_000,
      minutes * 60_000 + 30_000,
      30_000,
      minutes * 60_000 + 30_000,
    ]);
    plan.steps.forEach((s, i) => i > 0 && expect(s.startMs).toBe(plan.steps[i - 1]!.endMs));
  });

  it.each(cases)('$slug, $minutes min, $pace: says the kept cues in script order, every safety cue among them', ({ script, minutes, pace }) => {
    const plan = buildPlan(script, minutes, pace, 0);
    const expected = script.steps.flatMap((s, i) => (keptIn(s, minutes) ? [i] : []));
    expect(plan.steps.map((s) => s.scriptIndex)).toEqual(expected);
    const safety = script.steps.flatMap((s, i) => (s.safety ? [i] : []));
    expect(safety.filter((i) => !expected.includes(i))).toEqual([]);
    expect([plan.steps[0]!.safety, plan.steps.at(-1)!.safety]).toEqual([true, true]);
  });

  it.each(cases)('$slug, $minutes min, $pace: leaves at least 30% of the time quiet', ({ script, minutes, pace }) => {
    const plan = buildPlan(script, minutes, pace, 0);
    const spoken = plan.steps.reduce((sum, s) => sum + s.speakMs, 0);
    expect(spoken / plan.practiceMs).toBeLessThanOrEqual(0.7);
  });
});

describe('length', () => {
  const script = scripts['body-scan']!;

  it('stretches and shrinks only the quiet: a cue lasts as long as its words at any length', () => {
    const [three, ten, twenty] = [3, 10, 20].map((m) => durations(buildPlan(script, m, 'usual', 0)));
    script.steps.forEach((s, i) => {
      if (!three!.has(i) || !ten!.has(i)) return;
      if (s.share === 0) expect([three!.get(i), ten!.get(i), twenty!.get(i)]).toEqual([speakingMs(s.text, 'usual'), speakingMs(s.text, 'usual'), speakingMs(s.text, 'usual')]);
      else expect(three!.get(i)!).toBeLessThan(ten!.get(i)!);
      if (s.share > 0) expect(ten!.get(i)!).toBeLessThan(twenty!.get(i)!);
    });
  });

  it('leaves details out of short sessions and uses their short forms there, never a safety cue', () => {
    const kept = (m: number) => buildPlan(script, m, 'usual', 0).steps.map((s) => s.text);
    const detail = 'If a place feels numb or hard to feel, stay with it for a moment. You do not need to make a feeling appear.';
    const shortForm = 'Now let your attention move slowly up through your feet and legs.';
    expect([3, 5, 10].map((m) => [kept(m).includes(detail), kept(m).includes(shortForm)])).toEqual([
      [false, true],
      [false, false],
      [true, false],
    ]);
  });

  it('shares the quiet by share, and keeps a capped step within its maxSeconds', () => {
    const plan = buildPlan(
      { steps: [step('cue', 'Hello there.', { safety: true }), step('silence', 'Rest.', { share: 1 }), step('silence', 'Visit.', { share: 1, maxSeconds: 10 }), step('silence', 'Rest more.', { share: 3 }), step('cue', 'Goodbye now.', { safety: true })] },
      3,
      'usual',
      0,
    );
    const [, rest, visit, more] = plan.steps.map((s) => s.endMs - s.startMs);
    expect(visit).toBe(10_000);
    // Beyond the shortest silence each gets, the share-3 step has three times the share-1 step's quiet.
    expect(Math.abs(more! - MIN_SILENCE_MS - 3 * (rest! - MIN_SILENCE_MS))).toBeLessThanOrEqual(3);
  });

  it('throws a PlanError when the words need more time than there is, or the quiet has nowhere to go', () => {
    const long = Array.from({ length: 40 }, () => 'Notice your breath as it is, slowly and kindly, without changing it.').join(' ');
    expect(() => buildPlan({ steps: [step('cue', long)] }, 3, 'usual', 0)).toThrow(PlanError);
    expect(() => buildPlan({ steps: [step('cue', 'Hello.'), step('silence', 'Rest.', { maxSeconds: 10 })] }, 3, 'usual', 0)).toThrow(
      /has no step to go to/,
    );
  });

  it('plans the slower pace with longer speaking times', () => {
    const text = 'Notice your breath. There is no need to change it.';
    expect(speakingMs(text, 'usual')).toBe(LEAD_IN_MS + Math.round((10 / 2.2) * 1000) + 700 + TAIL_MS);
    expect(speakingMs(text, 'slower')).toBeGreaterThan(speakingMs(text, 'usual'));
    expect(MIN_SILENCE_MS).toBe(5000);
  });
});

describe('where the session is', () => {
  const plan = buildPlan(scripts['breath-anchoring']!, 5, 'usual', 20_000);

  it('settles in first, then finds the step under way on both sides of each boundary', () => {
    expect([stepIndexAt(plan, 0), stepIndexAt(plan, 19_999), stepIndexAt(plan, 20_000)]).toEqual([-1, -1, 0]);
    plan.steps.forEach((s, i) => expect([stepIndexAt(plan, s.startMs), stepIndexAt(plan, s.endMs - 1)]).toEqual([i, i]));
    expect(stepIndexAt(plan, plan.totalMs)).toBe(plan.steps.length);
  });

  it('knows when a cue is being said: from its start to the end of its tail, never in a silence', () => {
    const cue = plan.steps[0]!;
    const silence = plan.steps.find((s) => s.kind === 'silence')!;
    expect([inWords(cue, cue.startMs), inWords(cue, cue.startMs + cue.speakMs - 1), inWords(cue, cue.startMs + cue.speakMs), inWords(silence, silence.startMs)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('tones', () => {
  const plan = buildPlan(scripts['body-scan']!, 3, 'usual', 0);

  it('sound a start, a note for each cue, a rising note for each check-in and an end chime, never in a silence', () => {
    const tones = tonesFrom(plan, 0, ALL_TONES);
    expect(tones[0]).toEqual({ atMs: 0, tone: 'start' });
    expect(tones.at(-1)).toEqual({ atMs: plan.totalMs, tone: 'end' });
    const byStart = new Map(plan.steps.map((s) => [s.startMs, s.kind]));
    expect(tones.slice(1, -1).map((t) => [t.tone, byStart.get(t.atMs)])).toEqual(
      plan.steps.slice(1).filter((s) => s.kind !== 'silence').map((s) => [s.kind === 'cue' ? 'cue' : 'check-in', s.kind]),
    );
  });

  it('are each left out when turned off, and only those still to come are given', () => {
    const checkIn = plan.steps.find((s) => s.kind === 'check-in')!;
    expect(tonesFrom(plan, 0, { start: false, cue: false, 'check-in': true, end: false })).toEqual([{ atMs: checkIn.startMs, tone: 'check-in' }]);
    expect(tonesFrom(plan, checkIn.startMs, ALL_TONES)[0]).toEqual({ atMs: checkIn.startMs, tone: 'check-in' });
    expect(tonesFrom(plan, plan.totalMs + 1, ALL_TONES)).toEqual([]);
  });

  it('in pendulation, sound a lower note going toward each visit and a falling pair on the way back to ease', () => {
    const p = buildPlan(loadScripts()['pendulation']!, 10, 'usual', 0);
    const tones = tonesFrom(p, 0, ALL_TONES);
    const sound = (i: number) => tones.find((t) => t.atMs === p.steps[i]!.startMs)?.tone;
    const visits = p.steps.flatMap((s, i) => (s.role === 'visit' && s.kind === 'cue' ? [i] : []));
    expect(visits).toHaveLength(3);
    for (const i of visits) {
      expect(sound(i)).toBe('toward');
      // The visit's quiet says nothing; the cue after it is the way back.
      expect(sound(i + 1)).toBeUndefined();
      expect(sound(i + 2)).toBe('back');
    }
    expect(tones.filter((t) => t.tone === 'cue').length).toBeGreaterThan(3);
    // The cue setting covers them: with it off, neither sounds.
    expect(tonesFrom(p, 0, { ...ALL_TONES, cue: false }).map((t) => t.tone)).not.toContain('toward');
  });
});
