import { describe, expect, it } from 'vitest';
import {
  CHECK_IN_MS,
  CLOSING_MS,
  initialState,
  minutesOf,
  reducer,
  type Event,
  type Phase,
  type State,
} from './pendulation-guide';
import { DEFAULT_SETTINGS } from './settings';

const T0 = 1_000_000;
const S = 1000;

/** Applies events in order. */
function run(s: State, ...events: Event[]): State {
  return events.reduce(reducer, s);
}

/** A running session started at T0 with the given changes to the defaults. */
function started(changes: Partial<typeof DEFAULT_SETTINGS> = {}): State {
  return run(initialState({ ...DEFAULT_SETTINGS, ...changes }), { type: 'start', now: T0 });
}

const timer = (ms: number, at: number) => ({ durationMs: ms, endsAt: at + ms, pausedRemainingMs: null });

describe('start', () => {
  it('begins with ease, from the full settings', () => {
    expect(started()).toEqual({
      phase: 'ease',
      settings: DEFAULT_SETTINGS,
      visits: 0,
      doseSeconds: 15,
      tooMuchInARow: 0,
      step: 1,
      ending: false,
      countdown: timer(30 * S, T0),
      startedAt: T0,
      endedAt: null,
    });
  });
});

describe('phase order', () => {
  it('goes ease, discomfort, check-in, ease … for each round, then closing and done, with each boundary exact', () => {
    let s = started({ rounds: 2 });
    const seen: [Phase, number][] = [[s.phase, s.visits]];
    let t = T0;
    const lengths = [30, 15, 10, 30, 15, 10, 30, 45].map((x) => x * S);
    for (const ms of lengths) {
      s = reducer(s, { type: 'tick', now: t + ms - 1 });
      expect(s.countdown?.endsAt).toBe(t + ms); // one ms before: still the same phase
      t += ms;
      s = reducer(s, { type: 'tick', now: t });
      seen.push([s.phase, s.visits]);
    }
    expect(seen).toEqual([
      ['ease', 0],
      ['discomfort', 1],
      ['check-in', 1],
      ['ease', 1],
      ['discomfort', 2],
      ['check-in', 2],
      ['ease', 2],
      ['closing', 2],
      ['done', 2],
    ]);
    expect(s.endedAt).toBe(T0 + 185 * S);
    expect(s.countdown).toBeNull();
  });

  it('catches up over many boundaries in one late tick, each phase starting when the last ended', () => {
    const s = reducer(started({ rounds: 1 }), { type: 'tick', now: T0 + 10 * 60 * S });
    expect([s.phase, s.visits, s.step, s.endedAt]).toEqual(['done', 1, 3, T0 + (30 + 15 + 10 + 30) * S + CLOSING_MS]);
  });

  it('uses the chosen lengths and sums to whole minutes', () => {
    const s = reducer(started({ rounds: 1, easeSeconds: 90, discomfortSeconds: 30 }), { type: 'tick', now: T0 + 3600 * S });
    expect(s.endedAt).toBe(T0 + (90 + 30 + 10 + 90 + 45) * S);
    expect(minutesOf(s)).toBe(4);
    expect(minutesOf(started())).toBeNull();
  });
});

/** One state per phase, for the "from every phase" tests; `INSIDE` holds a time within each. */
function everyPhase(): Record<Phase, State> {
  const ease = started();
  const discomfort = reducer(ease, { type: 'tick', now: T0 + 30 * S });
  const checkIn = reducer(discomfort, { type: 'tick', now: T0 + 45 * S });
  const closing = reducer(started({ rounds: 1 }), { type: 'tick', now: T0 + 85 * S });
  const grounding = reducer(ease, { type: 'stop', now: T0 + 5 * S });
  const done = reducer(closing, { type: 'tick', now: T0 + 130 * S });
  return { setup: initialState(), ease, discomfort, 'check-in': checkIn, closing, grounding, done };
}
const INSIDE: Record<Phase, number> = {
  setup: T0,
  ease: T0 + 10 * S,
  discomfort: T0 + 40 * S,
  'check-in': T0 + 50 * S,
  closing: T0 + 90 * S,
  grounding: T0 + 90 * S,
  done: T0 + 200 * S,
};

describe('back to ease', () => {
  const phases = everyPhase();

  it.each(['ease', 'discomfort', 'check-in', 'closing'] as const)('from %s moves to a full ease phase at once', (from) => {
    const s = phases[from];
    const now = INSIDE[from];
    expect(reducer(s, { type: 'back-to-ease', now })).toEqual({ ...s, phase: 'ease', step: s.step + 1, countdown: timer(30 * S, now) });
  });

  it('from a paused discomfort visit, starts ease running', () => {
    const paused = reducer(phases.discomfort, { type: 'pause', now: T0 + 40 * S });
    expect(reducer(paused, { type: 'back-to-ease', now: T0 + 99 * S }).countdown).toEqual(timer(30 * S, T0 + 99 * S));
  });

  it('after closing has begun, the ease leads back to closing, not to another visit', () => {
    const early = run(phases['check-in'], { type: 'answer', answer: 'too-much', now: T0 + 46 * S });
    const closing = run(early, { type: 'tick', now: T0 + 76 * S + 15 * S / 2 + 500 }, { type: 'answer', answer: 'too-much', now: T0 + 90 * S });
    expect(closing.phase).toBe('closing');
    const s = run(closing, { type: 'back-to-ease', now: T0 + 91 * S }, { type: 'tick', now: T0 + 121 * S });
    expect([s.phase, s.visits]).toEqual(['closing', 2]);
  });

  it.each(['setup', 'grounding', 'done'] as const)('from %s changes nothing', (from) => {
    expect(reducer(phases[from], { type: 'back-to-ease', now: INSIDE[from] })).toBe(phases[from]);
  });
});

describe('stop and ground', () => {
  const phases = everyPhase();

  it.each(['ease', 'discomfort', 'check-in', 'closing'] as const)('from %s ends the session with grounding', (from) => {
    const now = INSIDE[from];
    expect(reducer(phases[from], { type: 'stop', now })).toEqual({ ...phases[from], phase: 'grounding', countdown: null, endedAt: now });
  });

  it('from a paused phase ends with grounding too, whenever it comes', () => {
    const paused = reducer(phases.ease, { type: 'pause', now: T0 + S });
    expect(reducer(paused, { type: 'stop', now: T0 + 999 * S })).toEqual({ ...paused, phase: 'grounding', countdown: null, endedAt: T0 + 999 * S });
  });

  it.each(['setup', 'grounding', 'done'] as const)('from %s changes nothing', (from) => {
    expect(reducer(phases[from], { type: 'stop', now: INSIDE[from] })).toBe(phases[from]);
  });

  it('grounding waits for the reader, then "finish" leads to done; finish elsewhere changes nothing', () => {
    const g = phases.grounding;
    expect(reducer(g, { type: 'tick', now: T0 + 3600 * S })).toBe(g);
    expect(reducer(g, { type: 'finish', now: T0 + 60 * S })).toEqual({ ...g, phase: 'done' });
    expect(reducer(phases.ease, { type: 'finish', now: T0 + S })).toBe(phases.ease);
  });

  it('restart goes back to setup and keeps the settings', () => {
    const s = started({ rounds: 5, ease: { id: 'own', words: 'the sound of rain' } });
    expect(reducer(reducer(s, { type: 'stop', now: T0 + S }), { type: 'restart' })).toEqual(initialState(s.settings));
  });
});

describe('adaptive dose', () => {
  const checkIn = everyPhase()['check-in']; // after the first 15 s visit, at T0 + 45 s
  const at = T0 + 46 * S;
  const answer = (s: State, a: 'too-much' | 'about-right' | 'easier', now = at) => reducer(s, { type: 'answer', answer: a, now });
  /** From an ease phase, the length of the next visit. */
  const nextVisitMs = (ease: State) => reducer(ease, { type: 'tick', now: ease.countdown!.endsAt! }).countdown?.durationMs;

  it('"too much" halves the next visit (rounded up) and goes to ease at once', () => {
    const s = answer(checkIn, 'too-much');
    expect(s).toEqual({ ...checkIn, phase: 'ease', step: 3, doseSeconds: 8, tooMuchInARow: 1, countdown: timer(30 * S, at) });
    expect(nextVisitMs(s)).toBe(8 * S);
  });

  it.each([
    [12, 6],
    [10, 5],
    [9, 5],
    [5, 5],
  ])('a %i s visit becomes %i s, never below 5', (dose, expected) => {
    expect(answer({ ...checkIn, doseSeconds: dose }, 'too-much').doseSeconds).toBe(expected);
  });

  it('two "too much" in a row move to closing', () => {
    const s = answer({ ...checkIn, tooMuchInARow: 1 }, 'too-much');
    expect(s).toEqual({ ...checkIn, phase: 'closing', tooMuchInARow: 2, ending: true, countdown: timer(CLOSING_MS, at) });
  });

  it.each(['about-right', 'easier'] as const)('"%s" keeps the length and breaks a run of "too much"', (a) => {
    const s = answer({ ...checkIn, tooMuchInARow: 1, doseSeconds: 8 }, a);
    expect(s).toEqual({ ...checkIn, phase: 'ease', step: 3, doseSeconds: 8, tooMuchInARow: 0, countdown: timer(30 * S, at) });
    expect(answer({ ...s, phase: 'check-in' }, 'too-much').phase).toBe('ease');
  });

  it('with no answer the session goes on to ease when the check-in ends, dose unchanged', () => {
    const end = T0 + 45 * S + CHECK_IN_MS;
    expect(reducer(checkIn, { type: 'tick', now: end - 1 }).phase).toBe('check-in');
    expect(reducer(checkIn, { type: 'tick', now: end })).toEqual({ ...checkIn, phase: 'ease', step: 3, countdown: timer(30 * S, end) });
  });

  it('answers outside a check-in (or after it ran out) change nothing', () => {
    const ease = everyPhase().ease;
    expect(answer(ease, 'too-much', T0 + S)).toBe(ease);
    const late = answer(checkIn, 'too-much', T0 + 45 * S + CHECK_IN_MS + 1);
    expect([late.phase, late.doseSeconds, late.tooMuchInARow]).toEqual(['ease', 15, 0]);
  });
});

describe('pause and resume', () => {
  it('pausing 1 s before a boundary holds the phase however long; after resuming, the boundary comes 1 s later', () => {
    const paused = reducer(started(), { type: 'pause', now: T0 + 29 * S });
    expect(paused.countdown).toEqual({ durationMs: 30 * S, endsAt: null, pausedRemainingMs: S });
    expect(reducer(paused, { type: 'tick', now: T0 + 600 * S })).toBe(paused);
    const resumed = reducer(paused, { type: 'resume', now: T0 + 600 * S });
    expect(resumed.countdown).toEqual({ durationMs: 30 * S, endsAt: T0 + 601 * S, pausedRemainingMs: null });
    expect(reducer(resumed, { type: 'tick', now: T0 + 601 * S - 1 }).phase).toBe('ease');
    expect(reducer(resumed, { type: 'tick', now: T0 + 601 * S })).toEqual({
      ...resumed,
      phase: 'discomfort',
      visits: 1,
      step: 2,
      countdown: timer(15 * S, T0 + 601 * S),
    });
  });

  it('a pause that arrives after the boundary applies to the new phase', () => {
    const s = reducer(started(), { type: 'pause', now: T0 + 31 * S });
    expect([s.phase, s.countdown]).toEqual(['discomfort', { durationMs: 15 * S, endsAt: null, pausedRemainingMs: 14 * S }]);
  });

  it('resume when not paused, and pause when paused, change nothing', () => {
    const s = started();
    expect(reducer(s, { type: 'resume', now: T0 + S })).toEqual(s);
    const p = reducer(s, { type: 'pause', now: T0 + S });
    expect(reducer(p, { type: 'pause', now: T0 + 2 * S })).toEqual(p);
  });
});

describe('settings', () => {
  const s0 = initialState();

  it('accepts listed values and places, and own words (which choose "own")', () => {
    const s = run(
      s0,
      { type: 'setting', key: 'rounds', value: 8 },
      { type: 'setting', key: 'easeSeconds', value: 60 },
      { type: 'setting', key: 'discomfortSeconds', value: 5 },
      { type: 'sound', on: true },
      { type: 'choose', which: 'ease', id: 'feet' },
      { type: 'words', which: 'discomfort', words: 'the tight spot by my left shoulder blade' },
    );
    expect(s).toEqual({
      ...s0,
      doseSeconds: 5,
      settings: {
        ease: { id: 'feet', words: '' },
        discomfort: { id: 'own', words: 'the tight spot by my left shoulder blade' },
        rounds: 8,
        easeSeconds: 60,
        discomfortSeconds: 5,
        sound: true,
      },
    });
  });

  it.each([
    ['rounds', 0],
    ['rounds', 9],
    ['rounds', 2.5],
    ['easeSeconds', 31],
    ['discomfortSeconds', 4],
    ['discomfortSeconds', Number.NaN],
  ] as const)('ignores %s = %d', (key, value) => {
    expect(reducer(s0, { type: 'setting', key, value })).toBe(s0);
  });

  it('ignores unknown places, keeps own words when choosing "own" again, and cuts words at 60 characters', () => {
    expect(reducer(s0, { type: 'choose', which: 'ease', id: 'lower-back' })).toBe(s0);
    const s = run(s0, { type: 'words', which: 'ease', words: 'x'.repeat(80) }, { type: 'choose', which: 'ease', id: 'hands' });
    expect(s.settings.ease).toEqual({ id: 'hands', words: 'x'.repeat(60) });
    expect(reducer(s, { type: 'choose', which: 'ease', id: 'own' }).settings.ease).toEqual({ id: 'own', words: 'x'.repeat(60) });
  });

  it('settings cannot change during a session', () => {
    const s = started();
    expect(reducer(s, { type: 'setting', key: 'rounds', value: 1 })).toBe(s);
  });
});
