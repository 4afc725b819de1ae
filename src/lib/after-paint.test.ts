import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-paint.mjs';

// A stand-in for the browser: document.readyState, the load event and paint timing entries.
type Observer = { cb: (list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect: () => void }) => void; disconnected: boolean };
let observers: Observer[];
let loadListeners: (() => void)[];
let frameCallbacks: (() => void)[];

function stubBrowser({ readyState = 'interactive', paintTiming = true } = {}) {
  observers = [];
  loadListeners = [];
  frameCallbacks = [];
  vi.stubGlobal('document', { readyState });
  vi.stubGlobal('addEventListener', (type: string, fn: () => void) => type === 'load' && loadListeners.push(fn));
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frameCallbacks.push(fn));
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'largest-contentful-paint'] : ['resource'];
    o: Observer;
    constructor(cb: Observer['cb']) {
      this.o = { cb, disconnected: false };
      observers.push(this.o);
    }
    observe() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
}

const paint = (name: string) =>
  observers.forEach((o) => !o.disconnected && o.cb({ getEntriesByName: (n) => (n === name ? [{ name }] : []) }, { disconnect: () => (o.disconnected = true) }));
const load = () => loadListeners.forEach((fn) => fn());
/** The browser draws a frame: the animation-frame callbacks queued so far run. */
const frame = () => frameCallbacks.splice(0).forEach((fn) => fn());

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstPaint', () => {
  it('waits for both the load event and the first contentful paint, then one task', () => {
    stubBrowser();
    const run = vi.fn();
    afterFirstPaint(run);
    load();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    paint('first-paint');
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    paint('first-contentful-paint');
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('works in either order, and runs only once', () => {
    stubBrowser();
    const run = vi.fn();
    afterFirstPaint(run);
    paint('first-contentful-paint');
    paint('first-contentful-paint');
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
    load();
    load();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a load event that has already happened', () => {
    stubBrowser({ readyState: 'complete' });
    const run = vi.fn();
    afterFirstPaint(run);
    paint('first-contentful-paint');
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('counts the first frame drawn after load as the paint when no paint entry comes (Firefox, reload at a scrolled position)', () => {
    stubBrowser();
    const run = vi.fn();
    afterFirstPaint(run);
    frame();
    frame();
    load();
    frame();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    frame();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    paint('first-contentful-paint');
    frame();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs 3 s after load when no paint entry comes and no frame is drawn (a tab in the background)', () => {
    stubBrowser();
    const run = vi.fn();
    afterFirstPaint(run);
    load();
    vi.advanceTimersByTime(2999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
    paint('first-contentful-paint');
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not hang where observing paint throws (older browsers)', () => {
    stubBrowser();
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        static supportedEntryTypes = ['paint'];
        observe() {
          throw new TypeError('type is not supported');
        }
      },
    );
    const run = vi.fn();
    afterFirstPaint(run);
    load();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for load only where the browser has no paint timing', () => {
    stubBrowser({ paintTiming: false });
    const run = vi.fn();
    afterFirstPaint(run);
    expect(observers).toHaveLength(0);
    load();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
