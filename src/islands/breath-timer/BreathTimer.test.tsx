// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BreathTimer from './BreathTimer';

const T0 = 1_700_000_000_000;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup() {
  render(<BreathTimer guideHref="/guides/interoceptive-journaling/" />);
  return screen.getByRole('region', { name: 'Breath-anchor timer' });
}

describe('BreathTimer', () => {
  it('starts, counts returns while running, and ends with a journal link holding the length', () => {
    const region = setup();
    fireEvent.click(within(region).getByRole('radio', { name: '1 min' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Start' }));
    expect(within(region).getByRole('timer').textContent).toBe('1:00');
    const belly = within(region).getByRole('button', { name: 'Back to my belly' });
    fireEvent.click(belly);
    fireEvent.click(belly);
    expect(within(region).getByText('Times you came back: 2')).toBeTruthy();
    act(() => void vi.advanceTimersByTime(60_000));
    expect(within(region).getByRole('timer').textContent).toBe('0:00');
    const summary = within(region).getByRole('group', { name: 'Your session has ended' });
    expect(within(summary).getByText(/^You came back 2 times\./)).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Note what you noticed' }).getAttribute('href')).toBe(
      '/journal/?practice=breath-anchoring&minutes=1',
    );
  });

  it('toggles with Space on the widget itself, but leaves Space to fields and buttons', () => {
    const region = setup();
    fireEvent.keyDown(within(region).getByRole('textbox', { name: 'Minutes' }), { key: ' ' });
    expect(within(region).queryByRole('button', { name: 'Pause' })).toBeNull();
    fireEvent.keyDown(region, { key: ' ' });
    expect(within(region).getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(within(region).getByRole('button', { name: 'Back to my belly' }), { key: ' ' });
    expect(within(region).getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(region, { key: ' ' });
    expect(within(region).getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('saves settings under its key with a version', () => {
    const region = setup();
    fireEvent.click(within(region).getByRole('radio', { name: '10 min' }));
    expect(JSON.parse(localStorage.getItem('lb-breath-timer-settings') ?? 'null')).toMatchObject({ version: 1, minutes: 10 });
  });
});
