import { describe, expect, it } from 'vitest';
import { hasRecent, windowDay, windowStart } from './recent';
import { local } from '../test-helpers';

// "Now" is 30 March 2026, 15:00 local time: the window runs from 1 March to 30 March.
const now = local(30, 15);
const at = (day: number, hour = 12, minute = 0, month = 2) => new Date(local(day, hour, minute, month)).toISOString();

describe('the 30-day window', () => {
  it('starts at local midnight 29 days before today', () => {
    expect(windowStart(now)).toEqual(new Date(2026, 2, 1));
  });

  it('numbers days from 0 on the first day to 29 today, whatever the hour', () => {
    const start = windowStart(now);
    expect(windowDay(at(1, 0, 0), start)).toBe(0);
    expect(windowDay(at(30, 23, 59), start)).toBe(29);
    expect(windowDay(at(28, 2, 0, 1), start)).toBe(-1);
  });
});

describe('hasRecent', () => {
  it('is false with no entries', () => {
    expect(hasRecent([], now)).toBe(false);
  });

  it('is false when every entry is older than the window or after today', () => {
    expect(hasRecent([{ at: at(0, 23, 59) }, { at: at(31, 0, 0) }], now)).toBe(false);
  });

  it('is true when one entry falls on the first day or today', () => {
    expect(hasRecent([{ at: at(15, 10, 0, 0) }, { at: at(1, 0, 0) }], now)).toBe(true);
    expect(hasRecent([{ at: at(30, 23, 59) }], now)).toBe(true);
  });
});
