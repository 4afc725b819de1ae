import { describe, expect, it } from 'vitest';
import { bellShowing, bellTimes, BELL_SHOWS_MS, cameBackText, DEFAULT_BREATH, parseBreath } from './breath-practice';

const MIN = 60_000;
const plan = { settleMs: 30_000, totalMs: 30_000 + 5 * MIN };

describe('bells', () => {
  it('fall every N minutes of practice after the settle-in, never on the end', () => {
    expect(bellTimes(plan, 2 * MIN, 0)).toEqual([30_000 + 2 * MIN, 30_000 + 4 * MIN]);
    expect(bellTimes({ settleMs: 0, totalMs: 4 * MIN }, 2 * MIN, 0)).toEqual([2 * MIN]);
  });

  it('from a moment on: a bell due exactly then is kept, one just before is not', () => {
    expect(bellTimes(plan, 2 * MIN, 30_000 + 2 * MIN)).toEqual([30_000 + 2 * MIN, 30_000 + 4 * MIN]);
    expect(bellTimes(plan, 2 * MIN, 30_000 + 2 * MIN + 1)).toEqual([30_000 + 4 * MIN]);
  });

  it('show for a few seconds after each bell, on both sides of the edges', () => {
    const bell = 30_000 + 2 * MIN;
    expect([bell - 1, bell, bell + BELL_SHOWS_MS - 1, bell + BELL_SHOWS_MS].map((t) => bellShowing(plan, 2 * MIN, t))).toEqual([false, true, true, false]);
    expect(bellShowing(plan, 2 * MIN, 0)).toBe(false);
    expect(bellShowing(plan, 2 * MIN, plan.totalMs)).toBe(false);
  });
});

describe('choices', () => {
  it('reads what it wrote, and refuses anything else', () => {
    expect(parseBreath(JSON.parse(JSON.stringify(DEFAULT_BREATH)))).toEqual(DEFAULT_BREATH);
    expect(parseBreath({ ...DEFAULT_BREATH, bellEvery: 4 })).toBeNull();
    expect(parseBreath({ ...DEFAULT_BREATH, pace: 12 })).toBeNull();
    expect(parseBreath({ ...DEFAULT_BREATH, version: 2 })).toBeNull();
    expect(parseBreath({ ...DEFAULT_BREATH, bells: 'yes' })).toBeNull();
    expect(parseBreath(null)).toBeNull();
  });
});

describe('the end', () => {
  it('says the returns kindly, never as a score', () => {
    expect(cameBackText(0)).toMatch(/^You did not count any returns this time, and that is fine\./);
    expect(cameBackText(1)).toBe('You came back once. Each time you noticed and came back, that was the practice.');
    expect(cameBackText(3)).toMatch(/^You came back 3 times\./);
  });
});
