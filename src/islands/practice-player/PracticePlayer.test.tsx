// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPlan } from './lay-out';
import PracticePlayer from './PracticePlayer';
import { SETTINGS_KEY } from './settings';
import { loadScripts } from './test-scripts';

const T0 = 1_700_000_000_000;
const script = loadScripts()['breath-anchoring']!;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Renders the player and lets its effects run (settings read, voice looked for). */
async function setup() {
  render(<PracticePlayer slug="breath-anchoring" script={script} />);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(50);
  });
  return screen.getByRole('region', { name: 'Guided practice: Breath anchoring' });
}

describe('PracticePlayer', () => {
  it('offers the remembered length and says plainly when there is no voice on the device', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, minutes: { 'breath-anchoring': 10 }, settleSeconds: 0, pace: 'usual', voice: true, voiceUri: null, tones: { start: true, cue: true, 'check-in': true, end: true } }));
    const region = await setup();
    // Start waits, disabled, until the player has read the saved settings.
    await vi.waitFor(() => expect(within(region).getByRole('button', { name: 'Start a practice' }).hasAttribute('disabled')).toBe(false));
    // The voice code arrives by a dynamic import; happy-dom has no speech synthesis at all.
    await vi.waitFor(() => expect(within(region).getByText('10 minutes, words and soft sounds.')).toBeTruthy());
  });

  it('sets unreadable saved choices aside, says so, and starts with the usual ones', async () => {
    localStorage.setItem(SETTINGS_KEY, '{"version":1,');
    const region = await setup();
    // The note comes with the session's later parts (later.ts), fetched as soon as it is needed.
    await vi.waitFor(() => expect(within(region).getByText(/^Your saved practice choices could not be read/)).toBeTruthy());
    expect(within(region).getByText(/^5 minutes, /)).toBeTruthy();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`${SETTINGS_KEY}.unreadable.`))).toHaveLength(1);
  });

  it('starts in one tap: the full-screen view shows each step as the clock reaches it, and Stop and ground leads to grounding', async () => {
    const region = await setup();
    fireEvent.click(within(region).getByRole('button', { name: 'Start a practice' }));
    // The session's parts (its lay-out, the breath practice's own part) come by a dynamic import as Start is pressed.
    const view = await vi.waitFor(() => screen.getByRole('dialog'));
    const plan = buildPlan(script, 5, 'usual', 0);
    const live = view.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe(plan.steps[0]!.text);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(plan.steps[3]!.startMs + 100);
    });
    expect(live.textContent).toBe(plan.steps[3]!.text);
    expect(within(view).getByRole('timer').textContent).toMatch(/^4:[0-5]\d left$/);
    fireEvent.click(within(view).getByRole('button', { name: 'Pause' }));
    expect(live.textContent).toBe(`${plan.steps[3]!.text} Paused.`);
    fireEvent.click(within(view).getByRole('button', { name: 'Stop and ground' }));
    expect(within(view).getByRole('heading', { name: 'Stop and ground' })).toBeTruthy();
    expect(within(view).getByRole('link', { name: 'red flags for back pain' }).getAttribute('href')).toBe('/guides/red-flags/');
    expect(live.textContent).toBe(`Stop and ground. ${script.grounding}`);
  });
});
