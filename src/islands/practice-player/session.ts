/**
 * A session in progress, kept in sessionStorage so that a reload (a pull-to-refresh, or a tab the
 * phone put to sleep) carries it on. Only a running or paused session is kept, with what it takes
 * to lay it out again from the script; stored data that does not check out is refused (null).
 */
import type { Countdown } from '../../lib/countdown';
import { PACES, type Pace } from './plan';
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
}

/** The part of the state worth keeping, or null when there is no session in progress. */
export function toSaved(s: PlayerState, page: string, practice: string): SavedSession | null {
  if ((s.phase !== 'running' && s.phase !== 'paused') || !s.plan || !s.countdown) return null;
  const { minutes, pace, settleMs } = s.plan;
  return { version: 1, page, practice, minutes, pace, settleMs, phase: s.phase, countdown: s.countdown };
}

const HOUR = 3_600_000;
const isMs = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= max;

/** Checks stored data; null for anything that is not a whole, consistent session. */
export function parseSession(raw: unknown): SavedSession | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const c = r['countdown'] as Record<string, unknown> | null | undefined;
  if (r['version'] !== 1 || typeof r['page'] !== 'string' || typeof r['practice'] !== 'string') return null;
  if (r['phase'] !== 'running' && r['phase'] !== 'paused') return null;
  if (typeof r['minutes'] !== 'number' || !Number.isInteger(r['minutes']) || r['minutes'] < 1 || r['minutes'] > 60) return null;
  if (!PACES.includes(r['pace'] as Pace) || !isMs(r['settleMs'], 120_000)) return null;
  if (typeof c !== 'object' || c === null || !isMs(c['durationMs'], HOUR) || c['durationMs'] === 0) return null;
  const durationMs = c['durationMs'];
  const running = r['phase'] === 'running';
  const { endsAt, pausedRemainingMs } = c;
  const ok = running
    ? typeof endsAt === 'number' && Number.isFinite(endsAt) && pausedRemainingMs === null
    : endsAt === null && isMs(pausedRemainingMs, durationMs);
  if (!ok) return null;
  return {
    version: 1,
    page: r['page'],
    practice: r['practice'],
    minutes: r['minutes'],
    pace: r['pace'] as Pace,
    settleMs: r['settleMs'],
    phase: running ? 'running' : 'paused',
    countdown: { durationMs, endsAt: running ? (endsAt as number) : null, pausedRemainingMs: running ? null : (pausedRemainingMs as number) },
  };
}
