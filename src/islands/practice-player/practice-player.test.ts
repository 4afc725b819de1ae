import { describe, expect, it } from 'vitest';
import { buildPlan } from './lay-out';
import { LEAD_IN_MS } from './plan';
import { announcement as announce, minutesPractised } from './focus-words';
import { IDLE, momentAt, reduce, sessionElapsed, type PlayerEvent, type PlayerState } from './practice-player';

/** The live region's words at `now` (focus-words.ts), from the moment the view shows. */
const announcement = (s: PlayerState, now: number, grounding: string) => announce(s, momentAt(s, now), grounding);
import { toSaved } from './session';
import { loadScripts } from './test-scripts';

const T0 = 1_700_000_000_000;
const scripts = loadScripts();
const bodyScan = scripts['body-scan']!;
const plan5 = buildPlan(bodyScan, 5, 'usual', 0);
const run = (events: PlayerEvent[], from: PlayerState = IDLE) => events.reduce(reduce, from);
const started = run([{ type: 'start', now: T0, plan: plan5 }]);

describe('a 5-minute body scan, driven by the clock alone', () => {
  it('says each kept step in script order as the clock reaches it, and ends on the minute', () => {
    const seen: string[] = [];
    let s = started;
    for (let t = 0; t <= 5 * 60_000; t += 250) {
      s = reduce(s, { type: 'tick', now: T0 + t });
      const words = announcement(s, T0 + t, bodyScan.grounding);
      if (words !== seen.at(-1)) seen.push(words);
    }
    expect(seen).toEqual([...plan5.steps.map((st) => (st.kind === 'check-in' ? `Check-in. ${st.text}` : st.text)), 'The practice has ended.']);
    expect(reduce(started, { type: 'tick', now: T0 + 5 * 60_000 - 1 }).phase).toBe('running');
    expect(reduce(started, { type: 'tick', now: T0 + 5 * 60_000 })).toMatchObject({ phase: 'ended', stoppedEarly: false, practisedMs: 300_000 });
  });

  it('stays exact when ticks are rare: a tab asleep for two minutes wakes on the right step', () => {
    const at = T0 + 120_000;
    const m = momentAt(reduce(started, { type: 'tick', now: at }), at)!;
    expect(m.step).toBe(plan5.steps.find((s) => s.startMs <= 120_000 && 120_000 < s.endMs));
    expect(m.leftMs).toBe(180_000);
  });
});

describe('pause and resume', () => {
  const cue = plan5.steps[1]!;
  const silence = plan5.steps.find((s) => s.kind === 'silence')!;

  it('goes back to the start of a cue the pause cut off, so it is said again in full', () => {
    const paused = run([{ type: 'pause', now: T0 + cue.startMs + 2000 }], started);
    expect(paused.phase).toBe('paused');
    expect(momentAt(paused, T0 + 999_999)!.elapsedMs).toBe(cue.startMs + 2000);
    const resumed = run([{ type: 'resume', now: T0 + 60_000 }], paused);
    expect([resumed.phase, resumed.run, sessionElapsed(resumed, T0 + 60_000)]).toEqual(['running', started.run + 1, cue.startMs]);
    expect(momentAt(resumed, T0 + 60_000)!.index).toBe(1);
  });

  it('carries on where it was after a pause in a silence', () => {
    const pausedAt = silence.startMs + 3000;
    const resumed = run([{ type: 'pause', now: T0 + pausedAt }, { type: 'resume', now: T0 + 90_000 }], started);
    expect(sessionElapsed(resumed, T0 + 90_000)).toBe(pausedAt);
  });

  it('says "Paused" in the live region, once', () => {
    const paused = run([{ type: 'pause', now: T0 + 1000 }], started);
    expect(announcement(paused, T0 + 50_000, '')).toBe(`${plan5.steps[0]!.text} Paused.`);
  });

  it('ignores a resume that is not paused, and a pause that is not running', () => {
    expect(reduce(started, { type: 'resume', now: T0 })).toBe(started);
    expect(reduce(IDLE, { type: 'pause', now: T0 })).toBe(IDLE);
  });
});

describe('settling in', () => {
  const plan = buildPlan(bodyScan, 3, 'usual', 60_000);
  const s = run([{ type: 'start', now: T0, plan }]);

  it('waits before the first cue, counting down to it, and the practice still lasts its length', () => {
    expect(momentAt(s, T0 + 10_000)).toMatchObject({ index: -1, settling: true, leftMs: 50_000, step: null });
    expect(announcement(s, T0 + 10_000, '')).toBe('Settle in. The practice begins soon.');
    expect(momentAt(s, T0 + 60_000)).toMatchObject({ index: 0, settling: false, leftMs: 180_000 });
    expect(reduce(s, { type: 'tick', now: T0 + 240_000 }).phase).toBe('ended');
  });

  it('"Begin now" skips the rest of it: a skip to where the first cue starts', () => {
    const begun = reduce(s, { type: 'skip', now: T0 + 15_000, toMs: plan.settleMs });
    expect(momentAt(begun, T0 + 15_000)).toMatchObject({ index: 0, leftMs: 180_000 });
    expect(reduce(begun, { type: 'skip', now: T0 + 16_000, toMs: plan.settleMs })).toBe(begun);
  });
});

describe('skip and reshape', () => {
  const plan = buildPlan(bodyScan, 5, 'usual', 0);
  const s = run([{ type: 'start', now: T0, plan }]);
  const third = plan.steps[2]!;

  it('a skip jumps ahead to a step, running or paused, and never back', () => {
    const ahead = reduce(s, { type: 'skip', now: T0 + 1000, toMs: third.startMs });
    expect(momentAt(ahead, T0 + 1000)).toMatchObject({ index: 2, elapsedMs: third.startMs });
    expect(reduce(ahead, { type: 'skip', now: T0 + 1000, toMs: 500 })).toBe(ahead);
    const paused = reduce(s, { type: 'pause', now: T0 + 1000 });
    const skipped = reduce(paused, { type: 'skip', now: T0 + 5000, toMs: third.startMs });
    expect(momentAt(skipped, T0 + 60_000)).toMatchObject({ index: 2, elapsedMs: third.startMs });
    expect(reduce(IDLE, { type: 'skip', now: T0, toMs: 1000 })).toBe(IDLE);
  });

  it('a reshape keeps the time gone by and shortens what is left by as much as the plan shrank', () => {
    const shorter = { ...plan, totalMs: plan.totalMs - 10_000, practiceMs: plan.practiceMs - 10_000 };
    const r = reduce(s, { type: 'reshape', plan: shorter });
    expect(r.plan).toBe(shorter);
    expect(momentAt(r, T0 + 20_000)).toMatchObject({ elapsedMs: 20_000, leftMs: shorter.totalMs - 20_000 });
    const paused = reduce(reduce(s, { type: 'pause', now: T0 + 20_000 }), { type: 'reshape', plan: shorter });
    expect(momentAt(paused, T0 + 90_000)).toMatchObject({ elapsedMs: 20_000, leftMs: shorter.totalMs - 20_000 });
    expect(reduce(IDLE, { type: 'reshape', plan: shorter })).toBe(IDLE);
  });
});

describe('stop and ground', () => {
  it('leads to grounding, counts the practice done (not the settle-in), then to the end, as stopped early', () => {
    const plan = buildPlan(bodyScan, 10, 'usual', 30_000);
    const grounding = run([{ type: 'start', now: T0, plan }, { type: 'stop', now: T0 + 30_000 + 150_000 }]);
    expect(grounding).toMatchObject({ phase: 'grounding', stoppedEarly: true, practisedMs: 150_000 });
    expect(announcement(grounding, T0, bodyScan.grounding)).toBe(`Stop and ground. ${bodyScan.grounding}`);
    const ended = reduce(grounding, { type: 'steady' });
    expect([ended.phase, minutesPractised(ended), announcement(ended, T0, '')]).toEqual(['ended', 3, 'You stopped the practice.']);
  });

  it('works while paused too, and reset forgets everything', () => {
    const s = run([{ type: 'pause', now: T0 + 5000 }, { type: 'stop', now: T0 + 60_000 }], started);
    expect(s).toMatchObject({ phase: 'grounding', practisedMs: 5000 });
    expect(minutesPractised(s)).toBeNull();
    expect(reduce(s, { type: 'reset' })).toEqual({ ...IDLE, run: s.run });
  });
});

describe('returns (the breath practice)', () => {
  it('count only while running, survive a pause and a stop, and start again at 0 with a new session', () => {
    const ret = (now: number): PlayerEvent => ({ type: 'return', now });
    const twice = run([ret(T0 + 1000), ret(T0 + 2000)], started);
    expect(twice.returns).toBe(2);
    const paused = run([{ type: 'pause', now: T0 + 3000 }, ret(T0 + 4000)], twice);
    expect(paused.returns).toBe(2);
    const resumed = run([{ type: 'resume', now: T0 + 5000 }, ret(T0 + 6000)], paused);
    expect(resumed.returns).toBe(3);
    expect(reduce(resumed, { type: 'stop', now: T0 + 7000 })).toMatchObject({ phase: 'grounding', returns: 3 });
    // A tap that comes after time is up ends the session and is not counted.
    const late = reduce(started, ret(T0 + 5 * 60_000));
    expect(late).toMatchObject({ phase: 'ended', returns: 0 });
    expect(reduce(run([{ type: 'reset' }], resumed), { type: 'start', now: T0 + 9000, plan: plan5 }).returns).toBe(0);
  });
});

describe('restoring a kept session', () => {
  const saved = (s: PlayerState) => toSaved(s, '/guides/body-scan/', 'body-scan')!;

  it('brings a running session back paused where the clock says it is', () => {
    const s = reduce(IDLE, { type: 'restore', now: T0 + 100_000, saved: saved(started), plan: plan5 });
    expect(s.phase).toBe('paused');
    expect(momentAt(s, T0 + 500_000)!.elapsedMs).toBe(100_000);
  });

  it('keeps a paused one paused, and drops one whose time ran out or whose script changed', () => {
    const paused = run([{ type: 'pause', now: T0 + 42_000 }], started);
    expect(reduce(IDLE, { type: 'restore', now: T0 + 900_000, saved: saved(paused), plan: plan5 })).toMatchObject({ phase: 'paused', countdown: paused.countdown });
    expect(reduce(IDLE, { type: 'restore', now: T0 + 300_000, saved: saved(started), plan: plan5 })).toBe(IDLE);
    expect(reduce(IDLE, { type: 'restore', now: T0 + 1000, saved: saved(started), plan: buildPlan(bodyScan, 10, 'usual', 0) })).toBe(IDLE);
  });
});

describe('the voice lead-in', () => {
  it('is part of each spoken step, so the first word comes after the step tone', () => {
    expect(plan5.steps[0]!.speakMs).toBeGreaterThan(LEAD_IN_MS);
  });
});
