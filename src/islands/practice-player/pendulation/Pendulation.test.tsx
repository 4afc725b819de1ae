// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPlan } from '../lay-out';
import type { Script } from '../plan';
import { IDLE, reduce, type PlayerEvent, type PlayerState } from '../practice-player';
import { loadScripts } from '../test-scripts';
import { behaviour } from './Pendulation';
import { OWN, PLACES_KEY } from './places';
import { capVisits } from '../visit-caps';

const T0 = 1_700_000_000_000;
const script = loadScripts()['pendulation']!;
const plan = buildPlan(script, 5, 'usual', 0);
const running = reduce(IDLE, { type: 'start', now: T0, plan });
const { View, Bar, prepare } = behaviour;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function show(part: 'view' | 'bar', state: PlayerState, at: number) {
  const send = vi.fn<(e: PlayerEvent) => void>();
  const Part = part === 'view' ? View : Bar!;
  render(<Part id="p" part="session" state={state} now={T0 + at} send={send} />);
  return send;
}

describe('pendulation behaviour', () => {
  it('fills the script with the usual places, or the ones the reader saved', () => {
    const words = (s: Script) => s.steps.map((x) => x.text).join(' ');
    expect(words(prepare!(script))).toContain('Now find your place of ease: your hands or your feet.');
    expect(words(prepare!(script))).toContain('turn your attention to your back, for a short visit');
    localStorage.setItem(PLACES_KEY, JSON.stringify({ ease: { id: 'feet', words: '' }, discomfort: { id: OWN, words: 'my right hip' } }));
    expect(words(prepare!(script))).toContain('Now find your place of ease: your feet.');
    expect(words(prepare!(script))).toContain('turn your attention to your right hip, for a short visit');
    expect(words(prepare!(script))).not.toMatch(/[{}]/);
  });

  it('Back to ease is there at every moment, and ends a visit only while one is under way', () => {
    const visit = plan.steps.find((s) => s.role === 'visit' && s.kind === 'silence')!;
    // The tap reads the clock itself, as the page's clock may have moved on since the last render.
    vi.useFakeTimers({ now: T0 + visit.startMs + 2500 });
    const send = show('bar', running, visit.startMs + 2000);
    fireEvent.click(screen.getByRole('button', { name: 'Back to ease' }));
    vi.useRealTimers();
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'skip', toMs: visit.endMs }));
    cleanup();
    vi.useFakeTimers({ now: T0 + 1000 });
    const outside = show('bar', running, 1000);
    fireEvent.click(screen.getByRole('button', { name: 'Back to ease' }));
    vi.useRealTimers();
    expect(outside).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Back to ease' }).getAttribute('aria-disabled')).toBe('true');
    cleanup();
    show('bar', reduce(running, { type: 'pause', now: T0 + visit.startMs + 2000 }), visit.startMs + 2000);
    expect(screen.getByRole('button', { name: 'Back to ease' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('asks after a visit until the next one, paused or not: "Too much" shortens the visits to come and says so; "About right" changes nothing', () => {
    const checkIn = plan.steps.find((s) => s.kind === 'check-in')!;
    const nextVisit = plan.steps.find((s) => s.role === 'visit' && s.startMs > checkIn.startMs)!;
    show('view', running, 1000);
    expect(screen.queryByRole('group', { name: 'How was that visit?' })).toBeNull();
    cleanup();
    // Still open in the quiet after the check-in, and while paused.
    const paused = reduce(running, { type: 'pause', now: T0 + nextVisit.startMs - 2000 });
    let send = show('view', paused, nextVisit.startMs - 2000);
    vi.useFakeTimers({ now: T0 + nextVisit.startMs + 60_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Too much' }));
    vi.useRealTimers();
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'reshape' }));
    expect(screen.getByText(/^The next visits will be shorter/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Too much' })).toBeNull();
    cleanup();
    send = show('view', running, checkIn.startMs + 1000);
    fireEvent.click(screen.getByRole('button', { name: 'About right' }));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByText(/^Thank you/)).toBeTruthy();
  });

  it('does not ask again a question whose "too much" the plan already holds (after a reload)', () => {
    const checkIn = plan.steps.find((s) => s.kind === 'check-in')!;
    const shorter = capVisits(plan, { fromMs: checkIn.startMs + 500, ms: 7500 });
    show('view', { ...running, plan: shorter, countdown: { ...running.countdown!, durationMs: shorter.totalMs, endsAt: T0 + shorter.totalMs } }, checkIn.startMs + 1000);
    expect(screen.queryByRole('group', { name: 'How was that visit?' })).toBeNull();
  });
});
