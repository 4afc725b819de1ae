/**
 * What the focused view says in words (FocusView.tsx): the live region's announcement and the
 * minutes handed to the journal. Pure. Fetched with the view, as a session starts.
 */
import type { Moment, PlayerState } from './practice-player';

/**
 * The words for the polite live region: they change only when the step or the phase does, never
 * with the clock. `grounding` is the script's Stop-and-ground text.
 */
export function announcement(s: PlayerState, m: Moment | null, grounding: string): string {
  if (s.phase === 'grounding') return `Stop and ground. ${grounding}`;
  if (s.phase === 'ended') return s.stoppedEarly ? 'You stopped the practice.' : 'The practice has ended.';
  if (!m) return '';
  const paused = s.phase === 'paused' ? ' Paused.' : '';
  if (m.settling) return `Settle in. The practice begins soon.${paused}`;
  const kind = m.step?.kind === 'check-in' ? 'Check-in. ' : '';
  return `${kind}${m.step?.text ?? ''}${paused}`;
}

/** Whole minutes of practice to hand to the journal: at least 1, or null for under half a minute. */
export function minutesPractised(s: PlayerState): number | null {
  if (s.practisedMs < 30_000) return null;
  return Math.max(1, Math.round(s.practisedMs / 60_000));
}
