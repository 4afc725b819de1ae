/**
 * The optional breath pacer as a pure function of time. The in-breath takes 40% of each breath and
 * the out-breath 60%: a slightly longer out-breath, an easy shape for slow breathing.
 */

/** Where the pacer is: breathing in or out, and how full (0 = empty, 1 = full). */
export interface PacerPoint {
  readonly phase: 'in' | 'out';
  readonly fullness: number;
}

const IN_SHARE = 0.4;

/** The pacer at `elapsedMs` into the session, at `perMinute` breaths a minute. */
export function pacerAt(elapsedMs: number, perMinute: number): PacerPoint {
  const breathMs = 60_000 / perMinute;
  const t = ((elapsedMs % breathMs) + breathMs) % breathMs;
  const inMs = breathMs * IN_SHARE;
  if (t < inMs) return { phase: 'in', fullness: t / inMs };
  return { phase: 'out', fullness: 1 - (t - inMs) / (breathMs - inMs) };
}
