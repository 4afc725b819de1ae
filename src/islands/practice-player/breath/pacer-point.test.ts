import { describe, expect, it } from 'vitest';
import { pacerAt } from './pacer-point';

describe('breath pacer', () => {
  // 6 breaths a minute: 10 s a breath, 4 s in, 6 s out.
  it('breathes in for the first 40% of each breath', () => {
    expect(pacerAt(0, 6)).toEqual({ phase: 'in', fullness: 0 });
    expect(pacerAt(2000, 6)).toEqual({ phase: 'in', fullness: 0.5 });
    expect(pacerAt(3999, 6).phase).toBe('in');
  });

  it('breathes out for the rest, then starts again', () => {
    expect(pacerAt(4000, 6)).toEqual({ phase: 'out', fullness: 1 });
    expect(pacerAt(7000, 6)).toEqual({ phase: 'out', fullness: 0.5 });
    expect(pacerAt(9999, 6).phase).toBe('out');
    expect(pacerAt(10_000, 6)).toEqual({ phase: 'in', fullness: 0 });
  });

  it('follows the pace: 4 breaths a minute is a 15 s breath', () => {
    expect(pacerAt(5999, 4).phase).toBe('in');
    expect(pacerAt(6000, 4)).toEqual({ phase: 'out', fullness: 1 });
    expect(pacerAt(15_000, 4)).toEqual({ phase: 'in', fullness: 0 });
  });
});
