/**
 * A session in progress, kept in sessionStorage so that a reload (a pull-to-refresh on a phone, or a
 * tab the phone put to sleep) carries on where it was. Only a running or paused session is kept; it
 * lasts as long as the tab. Stored data that does not check out is refused (null), never guessed at.
 */
import type { Countdown } from '../../lib/countdown';
import type { TimerState } from './breath-timer';
import { isValidMinutes } from './settings';

/** sessionStorage key for the session in progress. */
export const SESSION_KEY = 'lb-breath-timer-session';

/** What is kept, version 1. */
export interface SavedSession {
  readonly version: 1;
  /** The page's path: a session carries on only on the page where it started. */
  readonly page: string;
  readonly phase: 'running' | 'paused';
  readonly countdown: Countdown;
  readonly returns: number;
  readonly lastElapsedMs: number;
}

/** The part of the state worth keeping, or null when there is no session in progress. */
export function toSaved(s: TimerState, page: string): SavedSession | null {
  if (s.phase !== 'running' && s.phase !== 'paused') return null;
  return { version: 1, page, phase: s.phase, countdown: s.countdown, returns: s.returns, lastElapsedMs: s.lastElapsedMs };
}

const HOUR = 3_600_000;
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isMs = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= max;

/** Checks stored data; null for anything that is not a whole, consistent session. */
export function parseSession(raw: unknown): SavedSession | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const c = r['countdown'] as Record<string, unknown> | null | undefined;
  if (r['version'] !== 1 || typeof r['page'] !== 'string' || (r['phase'] !== 'running' && r['phase'] !== 'paused')) return null;
  if (typeof c !== 'object' || c === null || !isMs(c['durationMs'], HOUR) || c['durationMs'] === 0) return null;
  const durationMs = c['durationMs'];
  if (!isValidMinutes(durationMs / 60_000)) return null;
  const running = r['phase'] === 'running';
  const endsAt = c['endsAt'];
  const paused = c['pausedRemainingMs'];
  if (running ? typeof endsAt !== 'number' || !Number.isFinite(endsAt) || paused !== null : endsAt !== null || !isMs(paused, durationMs)) return null;
  if (!isCount(r['returns']) || !isMs(r['lastElapsedMs'], durationMs)) return null;
  return {
    version: 1,
    page: r['page'],
    phase: running ? 'running' : 'paused',
    countdown: { durationMs, endsAt: running ? (endsAt as number) : null, pausedRemainingMs: running ? null : (paused as number) },
    returns: r['returns'],
    lastElapsedMs: r['lastElapsedMs'],
  };
}
