/**
 * The practice player as plain data: a reducer over events with the time passed in. One countdown
 * (src/lib/countdown.ts) covers the settle-in and the practice; which step is under way is derived
 * from it, so a throttled tab or a sleeping phone never puts the words out of step with the clock.
 */
import { elapsedWithin, idleCountdown, isFinished, pauseCountdown, resumeCountdown, startCountdown, type Countdown } from '../../lib/countdown';
import { inWords, stepIndexAt, type Plan, type PlanStep } from './plan';
import type { SavedSession } from './session';

/** Where the session is. `grounding` follows "Stop and ground"; `ended` is the closing view. */
export type Phase = 'idle' | 'running' | 'paused' | 'grounding' | 'ended';

/** Everything the player knows. */
export interface PlayerState {
  readonly phase: Phase;
  /** The session laid out in time; null while idle. */
  readonly plan: Plan | null;
  /** Settle-in plus practice; null while idle. */
  readonly countdown: Countdown | null;
  /** Counts starts and resumes: the voice says the current cue again each time it changes. */
  readonly run: number;
  /** True when the reader chose "Stop and ground" before the end. */
  readonly stoppedEarly: boolean;
  /** Practice time done (the settle-in not counted), set when the session stops or ends. */
  readonly practisedMs: number;
  /** Times the reader came back to their anchor (the breath practice counts them), only while running. */
  readonly returns: number;
}

/** What can happen. Timed events carry `now` (ms since epoch). */
export type PlayerEvent =
  | { type: 'start'; now: number; plan: Plan }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  /** Jump ahead to `toMs` into the session: "Begin now" (the end of the settle-in), "Back to ease". */
  | { type: 'skip'; now: number; toMs: number }
  /** The same session laid out anew from where it is (pendulation's shorter visits); time gone by is kept. */
  | { type: 'reshape'; plan: Plan }
  | { type: 'tick'; now: number }
  /** "Stop and ground": leave the practice for the grounding words. */
  | { type: 'stop'; now: number }
  /** The reader noticed their mind had wandered and came back (a tap on "Back to my belly" or the dimmed screen). */
  | { type: 'return'; now: number }
  /** "I feel steady now", after grounding. */
  | { type: 'steady' }
  /** Forget the session (after a confirm, or once the reader closes the end view). */
  | { type: 'reset' }
  /** A session kept in this tab before a reload (session.ts), with its plan rebuilt from the script. */
  | { type: 'restore'; now: number; saved: SavedSession; plan: Plan };

/** The idle player. */
export const IDLE: PlayerState = { phase: 'idle', plan: null, countdown: null, run: 0, stoppedEarly: false, practisedMs: 0, returns: 0 };

/** Session time gone by at `now` (settle-in included); 0 while idle. */
export function sessionElapsed(s: PlayerState, now: number): number {
  return s.countdown ? elapsedWithin(s.countdown, now) : 0;
}

/** Practice time done at `now`: the settle-in is not practice. */
function practised(s: PlayerState, now: number): number {
  return s.plan ? Math.max(0, sessionElapsed(s, now) - s.plan.settleMs) : 0;
}

/** Ends a running session whose time is up at `now`; anything else is returned unchanged. */
function settle(s: PlayerState, now: number): PlayerState {
  if (s.phase !== 'running' || !s.countdown || !s.plan || !isFinished(s.countdown, now)) return s;
  return { ...s, phase: 'ended', stoppedEarly: false, practisedMs: s.plan.practiceMs };
}

/**
 * Resuming goes back to the start of a cue whose words were cut off by the pause, so the voice can
 * say it again from the beginning and the clock agrees with it. A pause in a silence resumes where it was.
 */
function rewound(c: Countdown, plan: Plan): Countdown {
  if (c.pausedRemainingMs === null) return c;
  const at = c.durationMs - c.pausedRemainingMs;
  const step = plan.steps[stepIndexAt(plan, at)];
  return step && inWords(step, at) ? { ...c, pausedRemainingMs: c.durationMs - step.startMs } : c;
}

/** The player's reducer. Pure: no clocks, no DOM, no storage. */
export function reduce(s: PlayerState, e: PlayerEvent): PlayerState {
  switch (e.type) {
    case 'start': {
      if (s.phase === 'running' || s.phase === 'paused') return s;
      const countdown = startCountdown(idleCountdown(e.plan.totalMs), e.now);
      return { ...IDLE, phase: 'running', plan: e.plan, countdown, run: s.run + 1 };
    }
    case 'pause': {
      const settled = settle(s, e.now);
      if (settled.phase !== 'running' || !s.countdown) return settled;
      return { ...s, phase: 'paused', countdown: pauseCountdown(s.countdown, e.now) };
    }
    case 'resume': {
      if (s.phase !== 'paused' || !s.countdown || !s.plan) return s;
      return { ...s, phase: 'running', countdown: resumeCountdown(rewound(s.countdown, s.plan), e.now), run: s.run + 1 };
    }
    case 'skip': {
      const settled = settle(s, e.now);
      if ((settled.phase !== 'running' && settled.phase !== 'paused') || !s.countdown) return settled;
      const ahead = e.toMs - sessionElapsed(s, e.now);
      if (ahead <= 0) return s;
      const c = s.countdown;
      return { ...s, countdown: c.endsAt === null ? { ...c, pausedRemainingMs: c.pausedRemainingMs! - ahead } : { ...c, endsAt: c.endsAt - ahead } };
    }
    case 'reshape': {
      const c = s.countdown;
      if ((s.phase !== 'running' && s.phase !== 'paused') || !c || !s.plan) return s;
      const less = s.plan.totalMs - e.plan.totalMs;
      return {
        ...s,
        plan: e.plan,
        countdown: { durationMs: c.durationMs - less, endsAt: c.endsAt === null ? null : c.endsAt - less, pausedRemainingMs: c.pausedRemainingMs === null ? null : c.pausedRemainingMs - less },
      };
    }
    case 'tick':
      return settle(s, e.now);
    case 'stop': {
      const settled = settle(s, e.now);
      if (settled.phase !== 'running' && settled.phase !== 'paused') return settled;
      return { ...s, phase: 'grounding', stoppedEarly: true, practisedMs: practised(s, e.now) };
    }
    case 'return': {
      const settled = settle(s, e.now);
      return settled.phase === 'running' ? { ...s, returns: s.returns + 1 } : settled;
    }
    case 'steady':
      return s.phase === 'grounding' ? { ...s, phase: 'ended' } : s;
    case 'reset':
      return s.phase === 'idle' ? s : { ...IDLE, run: s.run };
    case 'restore': {
      if (s.phase !== 'idle' || e.plan.totalMs !== e.saved.countdown.durationMs) return s;
      const restored: PlayerState = { ...IDLE, phase: e.saved.phase, plan: e.plan, countdown: e.saved.countdown, run: s.run };
      // Time ran out while the page was away: there is nothing to carry on.
      if (settle(restored, e.now) !== restored) return s;
      // A running session comes back paused: sound and speech need a tap before they may play again.
      return restored.phase === 'running' ? { ...restored, phase: 'paused', countdown: pauseCountdown(e.saved.countdown, e.now) } : restored;
    }
  }
}

/** What the session is doing at `now`: settling in, a step (and its number), or done. */
export interface Moment {
  /** Index in plan.steps; -1 while settling in. */
  readonly index: number;
  readonly step: PlanStep | null;
  /** Session time gone by. */
  readonly elapsedMs: number;
  /** Practice time left (what the clock shows); during the settle-in, time until the first cue. */
  readonly leftMs: number;
  readonly settling: boolean;
}

/** The moment at `now`, for a running or paused session; null otherwise. */
export function momentAt(s: PlayerState, now: number): Moment | null {
  if ((s.phase !== 'running' && s.phase !== 'paused') || !s.plan) return null;
  const elapsed = sessionElapsed(s, now);
  const index = Math.min(stepIndexAt(s.plan, elapsed), s.plan.steps.length - 1);
  const settling = index === -1;
  return {
    index,
    step: settling ? null : (s.plan.steps[index] ?? null),
    elapsedMs: elapsed,
    leftMs: settling ? s.plan.settleMs - elapsed : s.plan.totalMs - elapsed,
    settling,
  };
}
