import { describe, expect, it } from 'vitest';
import { bandFor } from './scoring';
import {
  idsOnStep,
  initialState,
  reduce,
  resultOf,
  score,
  showsUrgentCard,
  type QuizEvent,
  type QuizShape,
  type QuizState,
  type SignAnswer,
} from './self-assessment';

const SHAPE: QuizShape = {
  emergency: ['e1', 'e2'],
  urgent: ['u1', 'u2'],
  signs: ['s1', 's2', 's3', 's4', 's5'],
};

const run = (events: QuizEvent[], from: QuizState = initialState): QuizState =>
  events.reduce((s, e) => reduce(s, e, SHAPE), from);
const answer = (id: string, value: string): QuizEvent => ({ type: 'answer', id, value });
const CONTINUE: QuizEvent = { type: 'continue' };
const BACK: QuizEvent = { type: 'back' };
const allNo = (ids: readonly string[]) => ids.map((id) => answer(id, 'no'));
const SAFE = [...allNo(SHAPE.emergency), CONTINUE, ...allNo(SHAPE.urgent), CONTINUE];

/** Every list of five answers: 3^5 = 243. */
function allCombinations(): SignAnswer[][] {
  const kinds: SignAnswer[] = ['yes', 'not-sure', 'no'];
  return Array.from({ length: 243 }, (_, n) => Array.from({ length: 5 }, (_, i) => kinds[Math.floor(n / 3 ** i) % 3]!));
}

describe('scoring', () => {
  it('scores all 243 combinations of the five answers', () => {
    const combos = allCombinations();
    expect(new Set(combos.map((c) => c.join())).size).toBe(243);
    const tally = { explore: 0, one: 0, none: 0 };
    for (const answers of combos) {
      const s = score(answers);
      const yes = [0, 1, 2, 3, 4].filter((i) => answers[i] === 'yes');
      const expectedBand = yes.length === 0 ? 'none' : yes.length === 1 ? 'one' : 'explore';
      expect(s).toEqual({
        band: expectedBand,
        yes,
        notSure: [0, 1, 2, 3, 4].filter((i) => answers[i] === 'not-sure'),
        no: [0, 1, 2, 3, 4].filter((i) => answers[i] === 'no'),
      });
      tally[s.band] += 1;
    }
    // No Yes: 2^5 ways; exactly one Yes: 5 x 2^4; the rest have two or more.
    expect(tally).toEqual({ none: 32, one: 80, explore: 131 });
  });

  it('counts Not sure as its own answer, never as No', () => {
    expect(score(['not-sure', 'not-sure', 'not-sure', 'not-sure', 'not-sure'])).toEqual({
      band: 'none',
      yes: [],
      notSure: [0, 1, 2, 3, 4],
      no: [],
    });
  });

  it('crosses each band boundary from both sides', () => {
    expect([0, 1, 2, 3, 5].map(bandFor)).toEqual(['none', 'one', 'explore', 'explore', 'explore']);
    expect(score(['yes', 'no', 'no', 'no', 'no']).band).toBe('one');
    expect(score(['yes', 'no', 'yes', 'no', 'no']).band).toBe('explore');
    expect(score(['no', 'no', 'not-sure', 'no', 'no']).band).toBe('none');
  });
});

describe('flow', () => {
  it('starts at the emergency signs with nothing answered and no focus move', () => {
    expect(initialState).toEqual({
      step: { view: 'safety', level: 'emergency' },
      flags: {},
      signs: {},
      errors: [],
      focus: 'heading',
      moves: 0,
    });
  });

  it('shows the errors and moves focus to them when Continue comes without an answer', () => {
    const s = run([answer('e2', 'no'), CONTINUE]);
    expect(s).toEqual({ ...initialState, flags: { e2: 'no' }, errors: ['e1'], focus: 'errors', moves: 1 });
    expect(run([CONTINUE, CONTINUE]).moves).toBe(2); // a second try moves focus to the summary again
    const fixed = run([answer('e1', 'no'), CONTINUE], s);
    expect(fixed).toEqual({
      ...s,
      step: { view: 'safety', level: 'urgent' },
      flags: { e1: 'no', e2: 'no' },
      errors: [],
      focus: 'heading',
      moves: 2,
    });
  });

  it('asks each sign one at a time and errors on an unanswered one', () => {
    const atFirst = run(SAFE);
    expect(atFirst.step).toEqual({ view: 'sign', index: 0 });
    expect(run([CONTINUE], atFirst)).toEqual({ ...atFirst, errors: ['s1'], focus: 'errors', moves: atFirst.moves + 1 });
    const atSecond = run([answer('s1', 'yes'), CONTINUE], atFirst);
    expect(atSecond.step).toEqual({ view: 'sign', index: 1 });
    expect(atSecond.signs).toEqual({ s1: 'yes' });
  });

  it('ignores unknown questions, answers that do not fit, and questions not on the current step', () => {
    const s = run(SAFE);
    expect(run([answer('nope', 'yes'), answer('s1', 'maybe'), answer('s1', 'yes ')], s)).toEqual(s);
    expect(run([answer('e1', 'yes'), answer('s2', 'yes')], s)).toEqual(s);
    expect(run([answer('e1', 'not-sure'), answer('u1', 'yes')])).toEqual(initialState);
    expect(run([answer('s1', 'not-sure')], s).signs).toEqual({ s1: 'not-sure' });
  });

  it('reaches the result after the fifth sign, and only then', () => {
    const at5 = run([...SAFE, ...['yes', 'no', 'not-sure', 'yes'].flatMap((v, i) => [answer(`s${i + 1}`, v), CONTINUE])]);
    expect(at5.step).toEqual({ view: 'sign', index: 4 });
    expect(resultOf(at5, SHAPE)).toBeNull();
    const done = run([answer('s5', 'no'), CONTINUE], at5);
    expect(done.step).toEqual({ view: 'result' });
    expect(resultOf(done, SHAPE)).toEqual({ band: 'explore', yes: [0, 3], notSure: [2], no: [1, 4] });
    expect(run([CONTINUE], done)).toBe(done);
  });

  it('start again clears every answer and moves focus to the first heading', () => {
    const s = run([...SAFE, answer('s1', 'yes')]);
    expect(run([{ type: 'restart' }], s)).toEqual({ ...initialState, moves: s.moves + 1 });
  });
});

describe('red flags', () => {
  it.each(SHAPE.emergency)('a Yes to emergency question %s stops the quiz on the emergency card', (id) => {
    const s = run([...allNo(SHAPE.emergency), answer(id, 'yes'), CONTINUE]);
    expect(s.step).toEqual({ view: 'stop' });
    expect(s.focus).toBe('heading');
    expect(showsUrgentCard(s, SHAPE)).toBe(false);
    expect(resultOf(s, SHAPE)).toBeNull();
    expect(run([CONTINUE], s)).toBe(s); // no way forward from the emergency card
  });

  it.each(SHAPE.urgent)('a Yes to urgent question %s keeps the urgent card at the top to the end', (id) => {
    const atSigns = run([...allNo(SHAPE.emergency), CONTINUE, ...allNo(SHAPE.urgent), answer(id, 'yes'), CONTINUE]);
    expect(atSigns.step).toEqual({ view: 'sign', index: 0 });
    expect(atSigns.focus).toBe('card');
    expect(showsUrgentCard(atSigns, SHAPE)).toBe(true);
    const done = run(SHAPE.signs.flatMap((s) => [answer(s, 'yes'), CONTINUE]), atSigns);
    expect(done.step).toEqual({ view: 'result' });
    expect(showsUrgentCard(done, SHAPE)).toBe(true);
    expect(resultOf(done, SHAPE)?.band).toBe('explore');
  });

  it('shows no urgent card when every urgent answer is No, nor on the safety steps', () => {
    expect(showsUrgentCard(run(SAFE), SHAPE)).toBe(false);
    const onUrgentStep = run([...allNo(SHAPE.emergency), CONTINUE, answer('u1', 'yes')]);
    expect(showsUrgentCard(onUrgentStep, SHAPE)).toBe(false);
  });

  it('an emergency answer never yields a benefit result, on any path', () => {
    // A seeded random walk, mostly answering the questions in front of the reader (so that it does
    // reach results), sometimes anything at all; the invariant is checked after every event.
    let seed = 42; // mulberry32: small, seeded, good enough for a test walk
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const ids = [...SHAPE.emergency, ...SHAPE.urgent, ...SHAPE.signs];
    const values = ['yes', 'no', 'not-sure'];
    const anyEvent: QuizEvent[] = [...ids.flatMap((id) => values.map((v) => answer(id, v))), CONTINUE, BACK, { type: 'restart' }];
    const pick = (s: QuizState): QuizEvent => {
      const r = random(10);
      const here = idsOnStep(s.step, SHAPE);
      if (r < 5 && here.length > 0) return answer(here[random(here.length)]!, values[random(3)]!);
      if (r < 8) return CONTINUE;
      if (r < 9) return BACK;
      return anyEvent[random(anyEvent.length)]!;
    };
    let results = 0;
    let stops = 0;
    for (let walk = 0; walk < 300; walk += 1) {
      let s = initialState;
      for (let i = 0; i < 80; i += 1) {
        s = reduce(s, pick(s), SHAPE);
        const emergency = SHAPE.emergency.some((id) => s.flags[id] === 'yes');
        if (resultOf(s, SHAPE)) results += 1;
        if (s.step.view === 'stop') stops += 1;
        if (emergency) expect(resultOf(s, SHAPE)).toBeNull();
        if (s.step.view === 'result') expect(emergency).toBe(false);
      }
    }
    // The walk reaches both results and emergency stops, so the checks above are exercised.
    expect(stops).toBeGreaterThan(0);
    expect(results).toBeGreaterThan(0);
  });

  it('changing an emergency answer to Yes after a result stops the quiz', () => {
    const done = run([...SAFE, ...SHAPE.signs.flatMap((s) => [answer(s, 'yes'), CONTINUE])]);
    const backToStart = run(Array<QuizEvent>(7).fill(BACK), done);
    expect(backToStart.step).toEqual({ view: 'safety', level: 'emergency' });
    expect(run([answer('e1', 'yes'), CONTINUE], backToStart).step).toEqual({ view: 'stop' });
  });
});

describe('back', () => {
  it('keeps every answer while stepping back from the result to the start', () => {
    const values: SignAnswer[] = ['yes', 'not-sure', 'no', 'yes', 'not-sure'];
    const done = run([...SAFE, ...values.flatMap((v, i) => [answer(`s${i + 1}`, v), CONTINUE])]);
    const steps = [];
    let s = done;
    for (let i = 0; i < 8; i += 1) {
      s = reduce(s, BACK, SHAPE);
      steps.push(s.step);
      expect(s.flags).toEqual({ e1: 'no', e2: 'no', u1: 'no', u2: 'no' });
      expect(s.signs).toEqual({ s1: 'yes', s2: 'not-sure', s3: 'no', s4: 'yes', s5: 'not-sure' });
    }
    expect(steps).toEqual([
      { view: 'sign', index: 4 },
      { view: 'sign', index: 3 },
      { view: 'sign', index: 2 },
      { view: 'sign', index: 1 },
      { view: 'sign', index: 0 },
      { view: 'safety', level: 'urgent' },
      { view: 'safety', level: 'emergency' },
      { view: 'safety', level: 'emergency' },
    ]);
  });

  it('goes back from the emergency card to the emergency signs with the answers kept', () => {
    const stopped = run([answer('e1', 'yes'), answer('e2', 'no'), CONTINUE]);
    expect(run([BACK], stopped)).toEqual({
      ...stopped,
      step: { view: 'safety', level: 'emergency' },
      focus: 'heading',
      moves: stopped.moves + 1,
    });
  });

  it('clears errors when going back, and Continue again finds the kept answer', () => {
    const withError = run([...SAFE, answer('s1', 'no'), CONTINUE, CONTINUE]);
    expect(withError.errors).toEqual(['s2']);
    const back = run([BACK], withError);
    expect(back).toEqual({ ...withError, step: { view: 'sign', index: 0 }, errors: [], focus: 'heading', moves: withError.moves + 1 });
    expect(run([CONTINUE], back).step).toEqual({ view: 'sign', index: 1 });
  });
});
