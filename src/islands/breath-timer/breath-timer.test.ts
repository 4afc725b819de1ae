import { describe, expect, it } from 'vitest';
import {
  bellShowing,
  cameBackText,
  clockMs,
  initialState,
  nextDueAt,
  progress,
  reduce,
  spokenLength,
  type TimerEvent,
  type TimerState,
} from './breath-timer';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

/** Runs events in order from a state. */
const run = (s: TimerState, ...events: TimerEvent[]) => events.reduce(reduce, s);
const tick = (now: number, bellEveryMs: number | null = null): TimerEvent => ({ type: 'tick', now, bellEveryMs });
const started = (minutes = 5) => reduce(initialState(5), { type: 'start', now: T0, minutes });

describe('starting', () => {
  it('starts idle at the chosen length', () => {
    expect(initialState(5)).toEqual({
      phase: 'idle',
      countdown: { durationMs: 5 * MIN, endsAt: null, pausedRemainingMs: null },
      returns: 0,
      lastElapsedMs: 0,
      announcement: '',
      cue: null,
    });
  });

  it('stores when the session ends and says so', () => {
    expect(started(3)).toEqual({
      phase: 'running',
      countdown: { durationMs: 3 * MIN, endsAt: T0 + 3 * MIN, pausedRemainingMs: null },
      returns: 0,
      lastElapsedMs: 0,
      announcement: 'Timer started for 3 minutes.',
      cue: null,
    });
  });

  it('will not start a broken length', () => {
    const idle = initialState(5);
    for (const minutes of [0, 61, 2.5, Number.NaN, -1]) {
      expect(reduce(idle, { type: 'start', now: T0, minutes })).toBe(idle);
    }
    expect(reduce(idle, { type: 'start', now: T0, minutes: 1 }).phase).toBe('running');
    expect(reduce(idle, { type: 'start', now: T0, minutes: 60 }).phase).toBe('running');
  });

  it('ignores start while running or paused', () => {
    const running = started();
    expect(reduce(running, { type: 'start', now: T0 + 10, minutes: 1 })).toBe(running);
    const paused = reduce(running, { type: 'pause', now: T0 + 10 });
    expect(reduce(paused, { type: 'start', now: T0 + 20, minutes: 1 })).toBe(paused);
  });

  it('starts a fresh session after the end, with the count cleared', () => {
    const ended = run(started(1), { type: 'return', now: T0 + 1000 }, tick(T0 + MIN));
    const again = reduce(ended, { type: 'start', now: T0 + 2 * MIN, minutes: 1 });
    expect(again).toEqual({
      phase: 'running',
      countdown: { durationMs: MIN, endsAt: T0 + 3 * MIN, pausedRemainingMs: null },
      returns: 0,
      lastElapsedMs: 0,
      announcement: 'Timer started for 1 minute.',
      cue: { kind: 'end', at: T0 + MIN },
    });
  });
});

describe('the end comes exactly at the set time', () => {
  it('is still running 1 ms before the end', () => {
    const s = reduce(started(1), tick(T0 + MIN - 1));
    expect(s.phase).toBe('running');
    expect(clockMs(s, T0 + MIN - 1, 5)).toBe(1);
  });

  it('ends at the set time with a cue and kind words', () => {
    const s = run(started(1), { type: 'return', now: T0 + 5000 }, { type: 'return', now: T0 + 9000 }, tick(T0 + MIN));
    expect(s).toEqual({
      phase: 'ended',
      countdown: { durationMs: MIN, endsAt: T0 + MIN, pausedRemainingMs: null },
      returns: 2,
      lastElapsedMs: MIN,
      announcement: 'Time is up. You came back 2 times. Each time you noticed and came back, that was the practice.',
      cue: { kind: 'end', at: T0 + MIN },
    });
  });

  it('ends on the first tick after a long sleep, once', () => {
    const s = reduce(started(5), tick(T0 + 60 * MIN));
    expect(s.phase).toBe('ended');
    expect(s.cue).toEqual({ kind: 'end', at: T0 + 60 * MIN });
    expect(reduce(s, tick(T0 + 61 * MIN))).toBe(s);
  });
});

describe('pause and resume', () => {
  it('pauses at the last second and holds it', () => {
    const s = reduce(started(1), { type: 'pause', now: T0 + MIN - 1000 });
    expect(s).toEqual({
      phase: 'paused',
      countdown: { durationMs: MIN, endsAt: null, pausedRemainingMs: 1000 },
      returns: 0,
      lastElapsedMs: 0,
      announcement: 'Paused, with 1 second left.',
      cue: null,
    });
    expect(clockMs(s, T0 + 99 * MIN, 5)).toBe(1000);
    expect(reduce(s, tick(T0 + 99 * MIN))).toBe(s);
  });

  it('pausing 1 ms before the end keeps 1 ms; pausing at the end ends instead', () => {
    expect(reduce(started(1), { type: 'pause', now: T0 + MIN - 1 }).countdown.pausedRemainingMs).toBe(1);
    const atEnd = reduce(started(1), { type: 'pause', now: T0 + MIN });
    expect(atEnd.phase).toBe('ended');
    expect(atEnd.cue).toEqual({ kind: 'end', at: T0 + MIN });
  });

  it('resumes from what was left and ends that much later', () => {
    const paused = reduce(started(5), { type: 'pause', now: T0 + 2 * MIN + 40_000 });
    const resumed = reduce(paused, { type: 'resume', now: T0 + 10 * MIN });
    expect(resumed).toEqual({
      phase: 'running',
      countdown: { durationMs: 5 * MIN, endsAt: T0 + 12 * MIN + 20_000, pausedRemainingMs: null },
      returns: 0,
      lastElapsedMs: 0,
      announcement: 'Carrying on, with 2 minutes 20 seconds left.',
      cue: null,
    });
    expect(reduce(resumed, tick(T0 + 12 * MIN + 19_999)).phase).toBe('running');
    expect(reduce(resumed, tick(T0 + 12 * MIN + 20_000)).phase).toBe('ended');
  });

  it('ignores pause unless running and resume unless paused', () => {
    const idle = initialState(5);
    expect(reduce(idle, { type: 'pause', now: T0 })).toBe(idle);
    expect(reduce(idle, { type: 'resume', now: T0 })).toBe(idle);
    const running = started();
    expect(reduce(running, { type: 'resume', now: T0 + 5 })).toBe(running);
  });
});

describe('reset', () => {
  it('goes back to idle at the same length from running, paused or ended', () => {
    const expected = { ...initialState(1), announcement: 'Timer reset.' };
    expect(reduce(started(1), { type: 'reset' })).toEqual(expected);
    expect(run(started(1), { type: 'pause', now: T0 + 5 }, { type: 'reset' })).toEqual(expected);
    expect(run(started(1), tick(T0 + MIN), { type: 'reset' })).toEqual(expected);
  });

  it('does nothing when already idle', () => {
    const idle = initialState(5);
    expect(reduce(idle, { type: 'reset' })).toBe(idle);
  });
});

describe('coming back to the belly', () => {
  it('counts each return while running', () => {
    const s = run(started(), { type: 'return', now: T0 + 1 }, { type: 'return', now: T0 + 2 }, { type: 'return', now: T0 + 5 * MIN - 1 });
    expect(s.returns).toBe(3);
    expect(s.phase).toBe('running');
  });

  it('does not count while idle, paused or ended', () => {
    const idle = initialState(5);
    expect(reduce(idle, { type: 'return', now: T0 })).toBe(idle);
    const paused = reduce(started(), { type: 'pause', now: T0 + 10 });
    expect(reduce(paused, { type: 'return', now: T0 + 20 })).toBe(paused);
    const ended = reduce(started(), tick(T0 + 5 * MIN));
    expect(reduce(ended, { type: 'return', now: T0 + 5 * MIN + 1 })).toBe(ended);
  });

  it('a press at the very end ends the session without counting', () => {
    const s = reduce(started(1), { type: 'return', now: T0 + MIN });
    expect(s.phase).toBe('ended');
    expect(s.returns).toBe(0);
  });
});

describe('one minute left', () => {
  it('is said when a tick crosses the mark, not before', () => {
    const before = reduce(started(5), tick(T0 + 4 * MIN - 1));
    expect(before.announcement).toBe('Timer started for 5 minutes.');
    const after = reduce(before, tick(T0 + 4 * MIN));
    expect(after).toEqual({ ...before, lastElapsedMs: 4 * MIN, announcement: 'One minute left.' });
  });

  it('is not said in a 1-minute session', () => {
    expect(reduce(started(1), tick(T0 + 1000)).announcement).toBe('Timer started for 1 minute.');
  });
});

describe('soft bells', () => {
  it('ring when a tick crosses a mark, not before', () => {
    const before = reduce(started(5), tick(T0 + 2 * MIN - 1, 2 * MIN));
    expect(before.cue).toBeNull();
    const at = reduce(before, tick(T0 + 2 * MIN, 2 * MIN));
    expect(at).toEqual({ ...before, lastElapsedMs: 2 * MIN, cue: { kind: 'bell', at: T0 + 2 * MIN } });
    expect(reduce(at, tick(T0 + 2 * MIN + 250, 2 * MIN)).cue).toBe(at.cue);
  });

  it('ring once after a sleep that crossed several marks', () => {
    const s = reduce(started(10), tick(T0 + 7 * MIN + 5, MIN));
    expect(s.cue).toEqual({ kind: 'bell', at: T0 + 7 * MIN + 5 });
  });

  it('stay quiet when off, and give way to the end chime', () => {
    expect(reduce(started(5), tick(T0 + 3 * MIN, null)).cue).toBeNull();
    expect(reduce(started(4), tick(T0 + 4 * MIN, 2 * MIN)).cue).toEqual({ kind: 'end', at: T0 + 4 * MIN });
  });

  it('show for five seconds after they ring', () => {
    const s = reduce(started(5), tick(T0 + MIN, MIN));
    expect(bellShowing(s, T0 + MIN + 4999)).toBe(true);
    expect(bellShowing(s, T0 + MIN + 5000)).toBe(false);
    expect(bellShowing(started(5), T0 + 1)).toBe(false);
  });
});

describe('what is due next', () => {
  it('is the end for a short session without bells', () => {
    expect(nextDueAt(started(1), null)).toBe(T0 + MIN);
  });

  it('is the one-minute mark, then the end', () => {
    const s = started(3);
    expect(nextDueAt(s, null)).toBe(T0 + 2 * MIN);
    expect(nextDueAt(reduce(s, tick(T0 + 2 * MIN)), null)).toBe(T0 + 3 * MIN);
  });

  it('is the next bell mark when that comes first', () => {
    const s = reduce(started(10), tick(T0 + 90_000, MIN));
    expect(nextDueAt(s, MIN)).toBe(T0 + 2 * MIN);
  });

  it('moves with a pause', () => {
    const resumed = run(started(1), { type: 'pause', now: T0 + 10_000 }, { type: 'resume', now: T0 + 70_000 });
    expect(nextDueAt(resumed, null)).toBe(T0 + 120_000);
  });

  it('is nothing unless running', () => {
    expect(nextDueAt(initialState(5), MIN)).toBeNull();
    expect(nextDueAt(reduce(started(), { type: 'pause', now: T0 + 1 }), MIN)).toBeNull();
  });
});

describe('what is shown', () => {
  it('shows the chosen length when idle, what remains when running, zero at the end', () => {
    expect(clockMs(initialState(5), T0, 7)).toBe(7 * MIN);
    expect(clockMs(started(5), T0 + 1500, 5)).toBe(5 * MIN - 1500);
    expect(clockMs(started(5), T0 - 5000, 5)).toBe(5 * MIN);
    expect(clockMs(reduce(started(1), tick(T0 + MIN)), T0 + MIN, 5)).toBe(0);
  });

  it('fills the ring as time goes', () => {
    expect(progress(initialState(5), T0)).toBe(0);
    expect(progress(started(4), T0 + MIN)).toBe(0.25);
    expect(progress(reduce(started(1), tick(T0 + MIN)), T0 + MIN)).toBe(1);
  });
});

describe('words', () => {
  it('says lengths as a person would', () => {
    expect([spokenLength(5 * MIN), spokenLength(MIN), spokenLength(61_000), spokenLength(140_000), spokenLength(999), spokenLength(0)]).toEqual([
      '5 minutes',
      '1 minute',
      '1 minute 1 second',
      '2 minutes 20 seconds',
      '1 second',
      '0 seconds',
    ]);
  });

  it('frames the count kindly', () => {
    expect(cameBackText(0)).toBe('You did not press the button this time, and that is fine. Sitting with your breath is the practice too.');
    expect(cameBackText(1)).toBe('You came back once. Each time you noticed and came back, that was the practice.');
    expect(cameBackText(12)).toBe('You came back 12 times. Each time you noticed and came back, that was the practice.');
  });
});
