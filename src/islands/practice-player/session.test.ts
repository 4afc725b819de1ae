import { describe, expect, it } from 'vitest';
import { buildPlan } from './lay-out';
import { PACES } from './plan';
import { IDLE, reduce } from './practice-player';
import { toSaved } from './session';
import { parseSession } from './session-parse';
import { capVisits, withCaps } from './visit-caps';
import { loadScripts } from './test-scripts';

const T0 = 1_700_000_000_000;
const plan = buildPlan(loadScripts()['pendulation']!, 5, 'slower', 30_000);
const running = reduce(IDLE, { type: 'start', now: T0, plan });
const paused = reduce(running, { type: 'pause', now: T0 + 10_000 });

describe('kept session', () => {
  it('keeps what it takes to lay the session out again, and only while it runs or is paused', () => {
    expect(toSaved(running, '/p/', 'pendulation')).toEqual({
      version: 1,
      page: '/p/',
      practice: 'pendulation',
      minutes: 5,
      pace: 'slower',
      settleMs: 30_000,
      phase: 'running',
      countdown: { durationMs: 330_000, endsAt: T0 + 330_000, pausedRemainingMs: null },
    });
    expect(toSaved(IDLE, '/p/', 'x')).toBeNull();
    expect(toSaved(reduce(running, { type: 'stop', now: T0 + 1 }), '/p/', 'x')).toBeNull();
  });

  it('reads back what it wrote', () => {
    for (const s of [running, paused]) {
      const saved = toSaved(s, '/p/', 'pendulation');
      expect(parseSession(JSON.parse(JSON.stringify(saved)), PACES)).toEqual(saved);
    }
  });

  it('keeps shortened visits, and lays them out again as they were', () => {
    const checkIn = plan.steps.find((x) => x.kind === 'check-in')!;
    const shorter = capVisits(plan, { fromMs: checkIn.startMs, ms: 7500 });
    const reshaped = reduce(paused, { type: 'reshape', plan: shorter });
    const saved = parseSession(JSON.parse(JSON.stringify(toSaved(reshaped, '/p/', 'pendulation'))), PACES)!;
    expect(saved.caps).toEqual([{ fromMs: checkIn.startMs, ms: 7500 }]);
    const again = withCaps(buildPlan(loadScripts()['pendulation']!, saved.minutes, saved.pace, saved.settleMs), saved.caps);
    expect(again).toEqual(shorter);
    expect(again.totalMs).toBe(saved.countdown.durationMs);
  });

  const good = JSON.parse(JSON.stringify(toSaved(running, '/p/', 'pendulation')));
  it.each([
    ['nothing', null],
    ['a string', 'running'],
    ['another version', { ...good, version: 2 }],
    ['no practice', { ...good, practice: undefined }],
    ['an unknown pace', { ...good, pace: 'fast' }],
    ['a settle-in over two minutes', { ...good, settleMs: 180_000 }],
    ['a length that is not whole minutes', { ...good, minutes: 2.5 }],
    ['an ended phase', { ...good, phase: 'ended' }],
    ['a running session with no end time', { ...good, countdown: { ...good.countdown, endsAt: null } }],
    ['a running session that is also paused', { ...good, countdown: { ...good.countdown, pausedRemainingMs: 1000 } }],
    ['a paused session with more left than its length', { ...good, phase: 'paused', countdown: { durationMs: 1000, endsAt: null, pausedRemainingMs: 2000 } }],
    ['caps that are not a list', { ...good, caps: { fromMs: 0, ms: 5000 } }],
    ['a cap with no length', { ...good, caps: [{ fromMs: 0 }] }],
    ['a cap past the end', { ...good, caps: [{ fromMs: 0, ms: 400_000 }] }],
  ])('refuses %s', (_name, raw) => {
    expect(parseSession(raw, PACES)).toBeNull();
  });
});
