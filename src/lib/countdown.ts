/**
 * A countdown as plain data. Time is passed in (`now`, ms since epoch); nothing here reads a clock.
 * Running: `endsAt` is set. Paused: `pausedRemainingMs` is set. Idle: neither.
 * Pattern: store the end time and derive what remains (zero-in's timer, xstate's timer example).
 */
export interface Countdown {
  /** Full length of this countdown in milliseconds. */
  readonly durationMs: number;
  /** When it ends, while running; otherwise null. */
  readonly endsAt: number | null;
  /** What was left when it was paused; otherwise null. */
  readonly pausedRemainingMs: number | null;
}

/** An idle countdown of the given length. Throws on a length that is not a positive finite number. */
export function idleCountdown(durationMs: number): Countdown {
  if (!Number.isFinite(durationMs) || durationMs <= 0) {
    throw new RangeError(`countdown length must be a positive number of ms, received ${String(durationMs)}`);
  }
  return { durationMs, endsAt: null, pausedRemainingMs: null };
}

/** Starts (or restarts) the countdown from its full length at `now`. */
export function startCountdown(c: Countdown, now: number): Countdown {
  return { durationMs: c.durationMs, endsAt: now + c.durationMs, pausedRemainingMs: null };
}

/** Pauses a running countdown, keeping what remains; anything else is returned unchanged. */
export function pauseCountdown(c: Countdown, now: number): Countdown {
  if (c.endsAt === null) return c;
  return { durationMs: c.durationMs, endsAt: null, pausedRemainingMs: remainingMs(c, now) };
}

/** Resumes a paused countdown from what remained; anything else is returned unchanged. */
export function resumeCountdown(c: Countdown, now: number): Countdown {
  if (c.pausedRemainingMs === null) return c;
  return { durationMs: c.durationMs, endsAt: now + c.pausedRemainingMs, pausedRemainingMs: null };
}

/** Milliseconds left at `now` (never below zero). */
export function remainingMs(c: Countdown, now: number): number {
  if (c.endsAt !== null) return Math.max(0, c.endsAt - now);
  if (c.pausedRemainingMs !== null) return c.pausedRemainingMs;
  return c.durationMs;
}

/** Milliseconds elapsed at `now`. */
export function elapsedMs(c: Countdown, now: number): number {
  return c.durationMs - remainingMs(c, now);
}

/** Time gone by at `now`, within the countdown's length (0 before it starts, its length once over). */
export function elapsedWithin(c: Countdown, now: number): number {
  return Math.min(c.durationMs, Math.max(0, elapsedMs(c, now)));
}

/** True while the countdown is running and has not reached zero at `now`. */
export function isRunning(c: Countdown, now: number): boolean {
  return c.endsAt !== null && c.endsAt > now;
}

/** True while paused. */
export function isPaused(c: Countdown): boolean {
  return c.pausedRemainingMs !== null;
}

/** True once a running countdown has reached zero at `now`. */
export function isFinished(c: Countdown, now: number): boolean {
  return c.endsAt !== null && c.endsAt <= now;
}

/** Formats milliseconds as m:ss, rounding up so "0:00" shows only at the very end. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
