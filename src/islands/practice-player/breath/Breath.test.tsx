// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPlan } from '../lay-out';
import { IDLE, reduce, type PlayerState } from '../practice-player';
import { loadScripts } from '../test-scripts';
import { BREATH_KEY, DEFAULT_BREATH } from './breath-practice';
import { Breath } from './Breath';

const T0 = 1_700_000_000_000;
const plan = buildPlan(loadScripts()['breath-anchoring']!, 5, 'usual', 0);
const running = reduce(IDLE, { type: 'start', now: T0, plan });

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function show(state: PlayerState, now = T0) {
  const send = vi.fn();
  render(<Breath id="b" part="session" state={state} now={now} send={send} />);
  return send;
}

describe('Breath', () => {
  it('counts a return from "Back to my belly", and from a tap anywhere on the dimmed screen', () => {
    const onReturn = show({ ...running, returns: 2 });
    expect(screen.getByText('Times you came back: 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to my belly' }));
    fireEvent.click(screen.getByRole('button', { name: 'Eyes closed: dim the screen' }));
    fireEvent.click(screen.getByRole('button', { name: /Tap anywhere when you notice/ }));
    expect(onReturn).toHaveBeenCalledTimes(2);
    expect(onReturn.mock.calls.map(([e]) => e.type)).toEqual(['return', 'return']);
    fireEvent.click(screen.getByRole('button', { name: 'Show the screen' }));
    expect(screen.queryByRole('button', { name: /Tap anywhere/ })).toBeNull();
  });

  it('shows "Soft bell" just after a bell, only with bells on, and the pacer only when chosen', () => {
    show(running, T0 + 2 * 60_000 + 1000);
    expect(screen.queryByText('Soft bell')).toBeNull();
    cleanup();
    localStorage.setItem(BREATH_KEY, JSON.stringify({ ...DEFAULT_BREATH, bells: true, pacer: true }));
    show(running, T0 + 2 * 60_000 + 1000);
    expect(screen.getByText('Soft bell')).toBeTruthy();
    expect(screen.getByText(/^Breathe (in|out)$/)).toBeTruthy();
  });

  it('says the returns kindly at the end', () => {
    render(<Breath id="b" part="end" state={{ ...running, phase: 'ended', returns: 1 }} now={T0} send={() => undefined} />);
    expect(screen.getByText('You came back once. Each time you noticed and came back, that was the practice.')).toBeTruthy();
  });
});
