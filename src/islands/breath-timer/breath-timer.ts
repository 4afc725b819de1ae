/**
 * The breath-anchor timer as plain data: a reducer over events with the time passed in.
 * Time is stored as an end time (src/lib/countdown.ts), so a sleeping tab or a throttled timer
 * never makes the session late: every event first checks the clock it is given.
 */
import { elapsedMs, idleCountdown, pauseCountdown, remainingMs, resumeCountdown, startCountdown, type Countdown } from '../../lib/countdown';
import type { SavedSession } from './session';
import { isValidMinutes } from './settings';

/** Where the session is. */
export type Phase = 'idle' | 'running' | 'paused' | 'ended';

/** A cue to play once: a soft bell during the session or the chime at the end; `at` is when it fell due. */
export interface Cue {
  readonly kind: 'bell' | 'end';
  readonly at: number;
}

/** Everything the timer knows. */
export interface TimerState {
  readonly phase: Phase;
  readonly countdown: Countdown;
  /** Times the reader came back to the belly in this session (counted only while running). */
  readonly returns: number;
  /** Elapsed ms at the last tick; bells and "one minute left" fire when a tick crosses their mark. */
  readonly lastElapsedMs: number;
  /** The latest message for the polite live region ("" for none). */
  readonly announcement: string;
  /** The latest cue; the component plays each new one once. */
  readonly cue: Cue | null;
}

/** What can happen. Every timed event carries `now` (ms since epoch). */
export type TimerEvent =
  | { type: 'start'; now: number; minutes: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'reset' }
  | { type: 'return'; now: number }
  | { type: 'tick'; now: number; bellEveryMs: number | null }
  /** A session kept in this tab before a reload (session.ts); only taken while idle. */
  | { type: 'restore'; now: number; saved: SavedSession };

const MINUTE = 60_000;

/** An idle timer of `minutes` length. */
export function initialState(minutes: number): TimerState {
  return { phase: 'idle', countdown: idleCountdown(minutes * MINUTE), returns: 0, lastElapsedMs: 0, announcement: '', cue: null };
}

/** Says a length in words for screen readers: "3 minutes 20 seconds", "1 minute", "45 seconds". */
export function spokenLength(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (m === 0) return part(s, 'second');
  return s === 0 ? part(m, 'minute') : `${part(m, 'minute')} ${part(s, 'second')}`;
}

/** The kind words at the end: each return is the practice, not a failure. */
export function cameBackText(returns: number): string {
  if (returns === 0) return 'You did not press the button this time, and that is fine. Sitting with your breath is the practice too.';
  const times = returns === 1 ? 'once' : `${returns} times`;
  return `You came back ${times}. Each time you noticed and came back, that was the practice.`;
}

/** Ends a running session whose time is up at `now`; anything else is returned unchanged. */
function settle(s: TimerState, now: number): TimerState {
  if (s.phase !== 'running' || remainingMs(s.countdown, now) > 0) return s;
  return {
    ...s,
    phase: 'ended',
    lastElapsedMs: s.countdown.durationMs,
    announcement: `Time is up. ${cameBackText(s.returns)}`,
    cue: { kind: 'end', at: now },
  };
}

/** Handles a tick: the end, a bell mark crossed since the last tick, or the one-minute mark. */
function tick(s: TimerState, now: number, bellEveryMs: number | null): TimerState {
  const settled = settle(s, now);
  if (settled !== s || s.phase !== 'running') return settled;
  const { durationMs } = s.countdown;
  const before = s.lastElapsedMs;
  const elapsed = Math.max(before, elapsedMs(s.countdown, now));
  if (elapsed === before) return s;
  let next: TimerState = { ...s, lastElapsedMs: elapsed };
  // A sleeping tab may cross several marks in one tick: one bell, never a burst.
  if (bellEveryMs !== null && bellEveryMs > 0 && Math.floor(elapsed / bellEveryMs) > Math.floor(before / bellEveryMs)) {
    next = { ...next, cue: { kind: 'bell', at: now } };
  }
  const lastMinute = durationMs - MINUTE;
  if (lastMinute > 0 && before < lastMinute && elapsed >= lastMinute) next = { ...next, announcement: 'One minute left.' };
  return next;
}

/** The timer's reducer. Pure: no clocks, no DOM, no storage. */
export function reduce(s: TimerState, e: TimerEvent): TimerState {
  switch (e.type) {
    case 'start': {
      if (s.phase === 'running' || s.phase === 'paused' || !isValidMinutes(e.minutes)) return s;
      const countdown = startCountdown(idleCountdown(e.minutes * MINUTE), e.now);
      return { ...s, phase: 'running', countdown, returns: 0, lastElapsedMs: 0, announcement: `Timer started for ${spokenLength(countdown.durationMs)}.` };
    }
    case 'pause': {
      const settled = settle(s, e.now);
      if (settled.phase !== 'running') return settled;
      const countdown = pauseCountdown(s.countdown, e.now);
      return { ...s, phase: 'paused', countdown, announcement: `Paused, with ${spokenLength(remainingMs(countdown, e.now))} left.` };
    }
    case 'resume': {
      if (s.phase !== 'paused') return s;
      const countdown = resumeCountdown(s.countdown, e.now);
      return { ...s, phase: 'running', countdown, announcement: `Carrying on, with ${spokenLength(remainingMs(countdown, e.now))} left.` };
    }
    case 'reset':
      if (s.phase === 'idle') return s;
      return { ...initialState(s.countdown.durationMs / MINUTE), announcement: 'Timer reset.' };
    case 'return': {
      const settled = settle(s, e.now);
      if (settled.phase !== 'running') return settled;
      return { ...s, returns: s.returns + 1 };
    }
    case 'tick':
      return tick(s, e.now, e.bellEveryMs);
    case 'restore': {
      if (s.phase !== 'idle') return s;
      const { phase, countdown, returns, lastElapsedMs } = e.saved;
      const left = spokenLength(remainingMs(countdown, e.now));
      const restored: TimerState = {
        phase,
        countdown,
        returns,
        // Marks passed while the page was away (bells, one minute left) are not sounded late.
        lastElapsedMs: Math.min(countdown.durationMs, Math.max(lastElapsedMs, elapsedMs(countdown, e.now))),
        announcement: phase === 'running' ? `Your session carries on, with ${left} left.` : `Your session is paused, with ${left} left.`,
        cue: null,
      };
      // Time ran out while the page was away: show the end, without a chime the reader did not wait for.
      const settled = settle(restored, e.now);
      return settled === restored ? restored : { ...settled, cue: null };
    }
  }
}

/** Milliseconds to show: the chosen length when idle, what remains otherwise, never above the length. */
export function clockMs(s: TimerState, now: number, idleMinutes: number): number {
  if (s.phase === 'idle') return idleMinutes * MINUTE;
  if (s.phase === 'ended') return 0;
  return Math.min(s.countdown.durationMs, remainingMs(s.countdown, now));
}

/** Share of the session done, 0 to 1. */
export function progress(s: TimerState, now: number): number {
  if (s.phase === 'idle') return 0;
  if (s.phase === 'ended') return 1;
  return Math.min(1, Math.max(0, elapsedMs(s.countdown, now) / s.countdown.durationMs));
}

/** True for a few seconds after a bell, so readers with sound off see it. */
export function bellShowing(s: TimerState, now: number): boolean {
  return s.phase !== 'ended' && s.cue?.kind === 'bell' && now - s.cue.at < 5000;
}

/**
 * When the next thing is due (a bell mark, the one-minute mark or the end), or null when not running.
 * The component sets one timeout for it, so the end lands on time even in a throttled background tab.
 */
export function nextDueAt(s: TimerState, bellEveryMs: number | null): number | null {
  if (s.phase !== 'running' || s.countdown.endsAt === null) return null;
  const { durationMs, endsAt } = s.countdown;
  const marks = [durationMs, durationMs - MINUTE];
  if (bellEveryMs !== null && bellEveryMs > 0) marks.push((Math.floor(s.lastElapsedMs / bellEveryMs) + 1) * bellEveryMs);
  const next = Math.min(...marks.filter((m) => m > s.lastElapsedMs && m <= durationMs));
  return endsAt - durationMs + next;
}
