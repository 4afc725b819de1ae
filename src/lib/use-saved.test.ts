// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSaved, useSaved } from './use-saved';

const KEY = 'lb-test-choices';
const parse = (raw: unknown) => (typeof raw === 'object' && raw !== null && typeof (raw as { n?: unknown }).n === 'number' ? (raw as { n: number; s?: string }) : null);
const FALLBACK = { n: 1, s: 'usual' };

beforeEach(() => localStorage.clear());

describe('readSaved', () => {
  it('reads what was saved, or the fallback when nothing was', () => {
    expect(readSaved(KEY, parse, FALLBACK)).toBe(FALLBACK);
    localStorage.setItem(KEY, JSON.stringify({ n: 3 }));
    expect(readSaved(KEY, parse, FALLBACK)).toEqual({ n: 3 });
  });

  it('sets unreadable data aside, untouched, and uses the fallback', () => {
    localStorage.setItem(KEY, '{"n":');
    expect(readSaved(KEY, parse, FALLBACK)).toBe(FALLBACK);
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}.`));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0]!)).toBe('{"n":');
  });
});

describe('useSaved', () => {
  it('reads once, and saves each change with what was there', () => {
    localStorage.setItem(KEY, JSON.stringify({ n: 2, s: 'mine' }));
    const { result } = renderHook(() => useSaved(KEY, parse, FALLBACK));
    expect(result.current[0]).toEqual({ n: 2, s: 'mine' });
    act(() => result.current[1]({ n: 5 }));
    expect(result.current[0]).toEqual({ n: 5, s: 'mine' });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ n: 5, s: 'mine' });
  });
});
