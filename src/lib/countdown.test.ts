import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  formatClock,
  idleCountdown,
  isFinished,
  isPaused,
  isRunning,
  pauseCountdown,
  remainingMs,
  resumeCountdown,
  startCountdown,
} from './countdown';

const T0 = 1_700_000_000_000;

describe('countdown', () => {
  it('starts idle at full length', () => {
    const c = idleCountdown(60_000);
    expect(c).toEqual({ durationMs: 60_000, endsAt: null, pausedRemainingMs: null });
    expect(remainingMs(c, T0)).toBe(60_000);
  });

  it('rejects a length that is not positive', () => {
    expect(() => idleCountdown(0)).toThrow(/received 0/);
    expect(() => idleCountdown(Number.NaN)).toThrow(/received NaN/);
  });

  it('derives what remains from the end time, not from ticks', () => {
    const c = startCountdown(idleCountdown(60_000), T0);
    expect(c).toEqual({ durationMs: 60_000, endsAt: T0 + 60_000, pausedRemainingMs: null });
    expect(remainingMs(c, T0 + 59_999)).toBe(1);
    expect(isRunning(c, T0 + 59_999)).toBe(true);
    expect(isFinished(c, T0 + 59_999)).toBe(false);
    expect(remainingMs(c, T0 + 60_000)).toBe(0);
    expect(isFinished(c, T0 + 60_000)).toBe(true);
    expect(remainingMs(c, T0 + 3_600_000)).toBe(0);
    expect(elapsedMs(c, T0 + 15_000)).toBe(15_000);
  });

  it('pause holds the time and resume carries on from it', () => {
    const running = startCountdown(idleCountdown(60_000), T0);
    const paused = pauseCountdown(running, T0 + 20_000);
    expect(paused).toEqual({ durationMs: 60_000, endsAt: null, pausedRemainingMs: 40_000 });
    expect(isPaused(paused)).toBe(true);
    expect(remainingMs(paused, T0 + 500_000)).toBe(40_000);
    const resumed = resumeCountdown(paused, T0 + 500_000);
    expect(resumed).toEqual({ durationMs: 60_000, endsAt: T0 + 540_000, pausedRemainingMs: null });
  });

  it('pausing an idle countdown or resuming a running one changes nothing', () => {
    const idle = idleCountdown(1000);
    expect(pauseCountdown(idle, T0)).toBe(idle);
    const running = startCountdown(idle, T0);
    expect(resumeCountdown(running, T0 + 10)).toBe(running);
  });

  it('formats m:ss rounding up', () => {
    expect(formatClock(300_000)).toBe('5:00');
    expect(formatClock(299_001)).toBe('5:00');
    expect(formatClock(299_000)).toBe('4:59');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });
});
