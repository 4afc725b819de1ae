import type { JSX } from 'preact';
import { pacerAt } from './pacer-point';

/** Props for the optional breath pacer. */
export interface PacerProps {
  /** Milliseconds into the session (frozen while paused). */
  elapsedMs: number;
  /** Breaths a minute. */
  perMinute: number;
}

/**
 * A slow circle that grows as you breathe in and shrinks as you breathe out, with the words.
 * With reduced motion, CSS swaps the growing for a change of opacity; the words stay.
 * Only rendered after hydration, so the style property is set by script (CSSOM), which CSP allows.
 */
export function Pacer({ elapsedMs, perMinute }: PacerProps) {
  const point = pacerAt(elapsedMs, perMinute);
  const style = { '--pp-fullness': point.fullness.toFixed(3) } as unknown as JSX.CSSProperties;
  return (
    <div class={`pp-pacer pp-pacer--${point.phase}`}>
      <div class="pp-pacer-orb" style={style} aria-hidden="true" />
      <p class="pp-pacer-words">{point.phase === 'in' ? 'Breathe in' : 'Breathe out'}</p>
    </div>
  );
}
