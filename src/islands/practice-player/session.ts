/**
 * A session in progress, kept in sessionStorage so that a reload (a pull-to-refresh, or a tab the
 * phone put to sleep) carries it on. Only a running or paused session is kept, with what it takes
 * to lay it out again from the script. Reading it back is in session-parse.ts, fetched only after a
 * reload (or a step back or forward), so it stays out of the first download.
 */
import type { Countdown } from '../../lib/countdown';
import type { Pace, VisitCap } from './plan';
import type { PlayerState } from './practice-player';

/** sessionStorage key for the session in progress. */
export const SESSION_KEY = 'lb-practice-session';

/** What is kept, version 1. */
export interface SavedSession {
  readonly version: 1;
  /** The page's path: a session carries on only on the page where it started. */
  readonly page: string;
  /** The practice's slug (its script). */
  readonly practice: string;
  readonly minutes: number;
  readonly pace: Pace;
  readonly settleMs: number;
  readonly phase: 'running' | 'paused';
  readonly countdown: Countdown;
  /** Visits shortened during the session (visit-caps.ts); absent when none were. */
  readonly caps?: readonly VisitCap[] | undefined;
}

/** The part of the state worth keeping, or null when there is no session in progress. */
export function toSaved(s: PlayerState, page: string, practice: string): SavedSession | null {
  if ((s.phase !== 'running' && s.phase !== 'paused') || !s.plan || !s.countdown) return null;
  const { minutes, pace, settleMs, caps } = s.plan;
  return { version: 1, page, practice, minutes, pace, settleMs, phase: s.phase, countdown: s.countdown, caps };
}
