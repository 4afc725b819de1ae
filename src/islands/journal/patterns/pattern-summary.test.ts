import { describe, expect, it } from 'vitest';
import { patternSummary } from './pattern-summary';
import { entry, local } from '../test-helpers';

// "Now" is 30 March 2026, 15:00 local time: the window runs from 1 March to 30 March.
const now = local(30, 15);
const at = (day: number, hour = 12, minute = 0) => new Date(local(day, hour, minute)).toISOString();

describe('patterns over the last 30 days', () => {
  it('is empty with no entries, with four weeks of zero', () => {
    expect(patternSummary([], now)).toEqual({
      total: 0,
      first: '2026-03-01',
      last: '2026-03-30',
      tags: [],
      weeks: [
        { first: '2026-03-03', last: '2026-03-09', count: 0 },
        { first: '2026-03-10', last: '2026-03-16', count: 0 },
        { first: '2026-03-17', last: '2026-03-23', count: 0 },
        { first: '2026-03-24', last: '2026-03-30', count: 0 },
      ],
      settled: [],
    });
  });

  it('counts the first minute of day 1 and the last of today, but not a minute either side', () => {
    const inside = [entry({ id: 'in1', at: at(1, 0, 0) }), entry({ id: 'in2', at: at(30, 23, 59) })];
    const outside = [entry({ id: 'out1', at: at(0, 23, 59) }), entry({ id: 'out2', at: at(31, 0, 0) })];
    expect(patternSummary([...inside, ...outside], now).total).toBe(2);
  });

  it('counts tags, most first and then A to Z', () => {
    const es = [
      entry({ id: '1', at: at(28), tags: ['warmth', 'tingling'] }),
      entry({ id: '2', at: at(29), tags: ['warmth'] }),
      entry({ id: '3', at: at(29), tags: ['heaviness'] }),
      entry({ id: 'old', at: at(0), tags: ['numbness'] }),
    ];
    expect(patternSummary(es, now).tags).toEqual([
      { tag: 'warmth', count: 2 },
      { tag: 'heaviness', count: 1 },
      { tag: 'tingling', count: 1 },
    ]);
  });

  it('puts sessions in 7-day weeks, edges on the right side', () => {
    const days = [2, 3, 9, 10, 23, 24, 30];
    const weeks = patternSummary(
      days.map((d) => entry({ id: `d${d}`, at: at(d) })),
      now,
    ).weeks;
    expect(weeks.map((w) => w.count)).toEqual([2, 1, 1, 2]);
  });

  it('lists settled ratings oldest first with their day in the window, skipping entries without one', () => {
    const es = [
      entry({ id: '1', at: at(30, 9), settled: 8 }),
      entry({ id: '2', at: at(1, 9), settled: 3 }),
      entry({ id: '3', at: at(15), settled: null }),
    ];
    expect(patternSummary(es, now).settled).toEqual([
      { at: at(1, 9), day: 0, value: 3 },
      { at: at(30, 9), day: 29, value: 8 },
    ]);
  });

  it('keeps whole days right across the clock change at the end of March', () => {
    // The clocks in London go forward on 29 March 2026: 30 March starts 29 days minus an hour after 1 March.
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/London';
    try {
      const es = [entry({ id: '1', at: at(28, 23, 30), settled: 1 }), entry({ id: '2', at: at(30, 0, 30), settled: 2 })];
      expect(patternSummary(es, local(30, 15)).settled.map((p) => p.day)).toEqual([27, 29]);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
