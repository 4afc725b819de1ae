// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markPractising } from './practising';
import { isPractising, whenNotPractising } from './when-not-practising';

const html = () => document.documentElement;
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => html().removeAttribute('data-practising'));

describe('markPractising', () => {
  it('lists each running practice once on <html> and removes the attribute when none is left', () => {
    markPractising('breath-timer', true);
    markPractising('breath-timer', true);
    markPractising('pendulation', true);
    expect(html().getAttribute('data-practising')).toBe('breath-timer pendulation');
    expect(isPractising()).toBe(true);
    markPractising('breath-timer', false);
    expect(html().getAttribute('data-practising')).toBe('pendulation');
    markPractising('pendulation', false);
    expect(html().hasAttribute('data-practising')).toBe(false);
    expect(isPractising()).toBe(false);
  });

  it('stopping a practice that never started changes nothing', () => {
    markPractising('breath-timer', false);
    expect(html().hasAttribute('data-practising')).toBe(false);
  });

  it('rejects a name that is not one word', () => {
    expect(() => markPractising('breath timer', true)).toThrow('"who" must be one word, received "breath timer"');
    expect(() => markPractising('', true)).toThrow('received ""');
  });
});

describe('whenNotPractising', () => {
  it('runs at once when nothing is running', () => {
    const run = vi.fn();
    whenNotPractising(run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits until the last running practice stops, then runs once', async () => {
    const run = vi.fn();
    markPractising('a', true);
    markPractising('b', true);
    whenNotPractising(run);
    markPractising('a', false);
    await settle();
    expect(run).not.toHaveBeenCalled();
    markPractising('b', false);
    await settle();
    expect(run).toHaveBeenCalledTimes(1);
    markPractising('a', true);
    markPractising('a', false);
    await settle();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
