/**
 * Reads a kept session back (session.ts says what is kept); loaded only when the page came back.
 * The paces come in from the caller: importing plan.ts here would split it out of the island's
 * main chunk into a file of its own, one more download on every practice page.
 */
import type { Pace, VisitCap } from './plan';
import type { SavedSession } from './session';

const HOUR = 3_600_000;
const isMs = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= max;

/** Checks stored data; null for anything that is not a whole, consistent session. */
export function parseSession(raw: unknown, paces: readonly Pace[]): SavedSession | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const c = r['countdown'] as Record<string, unknown> | null | undefined;
  if (r['version'] !== 1 || typeof r['page'] !== 'string' || typeof r['practice'] !== 'string') return null;
  if (r['phase'] !== 'running' && r['phase'] !== 'paused') return null;
  if (typeof r['minutes'] !== 'number' || !Number.isInteger(r['minutes']) || r['minutes'] < 1 || r['minutes'] > 60) return null;
  if (!paces.includes(r['pace'] as Pace) || !isMs(r['settleMs'], 120_000)) return null;
  if (typeof c !== 'object' || c === null || !isMs(c['durationMs'], HOUR) || c['durationMs'] === 0) return null;
  const durationMs = c['durationMs'];
  const running = r['phase'] === 'running';
  const { endsAt, pausedRemainingMs } = c;
  const ok = running
    ? typeof endsAt === 'number' && Number.isFinite(endsAt) && pausedRemainingMs === null
    : endsAt === null && isMs(pausedRemainingMs, durationMs);
  if (!ok) return null;
  const caps = parseCaps(r['caps'], durationMs);
  if (caps === null) return null;
  return {
    version: 1,
    page: r['page'],
    practice: r['practice'],
    minutes: r['minutes'],
    pace: r['pace'] as Pace,
    settleMs: r['settleMs'],
    phase: running ? 'running' : 'paused',
    countdown: { durationMs, endsAt: running ? (endsAt as number) : null, pausedRemainingMs: running ? null : (pausedRemainingMs as number) },
    ...(caps.length ? { caps } : {}),
  };
}

/** Shortened visits, if any: a short list of times within the session; null when they are not that. */
function parseCaps(raw: unknown, durationMs: number): VisitCap[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > 20) return null;
  const caps = raw.map((c: unknown) => {
    const x = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
    return isMs(x['fromMs'], durationMs) && isMs(x['ms'], durationMs) ? { fromMs: x['fromMs'], ms: x['ms'] } : null;
  });
  return caps.every((c) => c !== null) ? caps : null;
}
