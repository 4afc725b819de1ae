/**
 * The breath practice's own behaviour on the player's one clock, as plain data: the reader's extra
 * choices (interval bells, the optional pacer), when the bells fall, whether one has just rung, and
 * the kind words about returns at the end. Times are ms into the session, as the player's plan has them.
 */
import type { Plan } from '../plan';

/** localStorage key for the breath practice's extra choices. */
export const BREATH_KEY = 'lb-breath-practice';

/** Choices for "a soft bell every N minutes". */
export const BELL_EVERY_MINUTES = [1, 2, 3, 5] as const;

/** Breaths a minute the optional pacer offers. */
export const PACER_PACES = [4, 5, 6, 7, 8] as const;

/** The breath practice's extra choices, version 1. */
export interface BreathChoices {
  /** Format version; anything else is set aside. */
  readonly version: 1;
  /** Ring a soft bell now and then during the practice. Default off. */
  readonly bells: boolean;
  /** Minutes between bells, one of BELL_EVERY_MINUTES. Default 2. */
  readonly bellEvery: number;
  /** Show a slow breath pacer. Default off: the practice is to breathe as you normally do. */
  readonly pacer: boolean;
  /** Pacer breaths a minute, one of PACER_PACES. Default 6. */
  readonly pace: number;
}

/** Choices before the reader changes anything. */
export const DEFAULT_BREATH: BreathChoices = { version: 1, bells: false, bellEvery: 2, pacer: false, pace: 6 };

const isOneOf = (list: readonly number[], v: unknown): v is number => typeof v === 'number' && list.includes(v);

/** Checks stored data; the choices, or null for anything corrupt, partial or of another version. */
export function parseBreath(raw: unknown): BreathChoices | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r['version'] !== 1 || typeof r['bells'] !== 'boolean' || typeof r['pacer'] !== 'boolean') return null;
  if (!isOneOf(BELL_EVERY_MINUTES, r['bellEvery']) || !isOneOf(PACER_PACES, r['pace'])) return null;
  return { version: 1, bells: r['bells'], bellEvery: r['bellEvery'], pacer: r['pacer'], pace: r['pace'] };
}

/**
 * When the bells ring, in ms into the session, from `fromMs` on (inclusive): every `everyMs` of
 * practice after the settle-in, never at or after the end (the end has its own chime).
 */
export function bellTimes(plan: Pick<Plan, 'settleMs' | 'totalMs'>, everyMs: number, fromMs: number): number[] {
  const out: number[] = [];
  for (let at = plan.settleMs + everyMs; at < plan.totalMs; at += everyMs) if (at >= fromMs) out.push(at);
  return out;
}

/** How long "Soft bell" shows after a bell, for readers with the sound off. */
export const BELL_SHOWS_MS = 5000;

/** True for a few seconds after a bell, `elapsedMs` into the session. */
export function bellShowing(plan: Pick<Plan, 'settleMs' | 'totalMs'>, everyMs: number, elapsedMs: number): boolean {
  const practice = elapsedMs - plan.settleMs;
  if (practice < everyMs || elapsedMs >= plan.totalMs) return false;
  return practice % everyMs < BELL_SHOWS_MS;
}

/** The kind words at the end: each return is the practice, never a score. */
export function cameBackText(returns: number): string {
  if (returns === 0) return 'You did not count any returns this time, and that is fine. Sitting with your breath is the practice too.';
  const times = returns === 1 ? 'once' : `${returns} times`;
  return `You came back ${times}. Each time you noticed and came back, that was the practice.`;
}
