import { formatClock } from '../../lib/countdown';
import type { Phase } from './breath-timer';

/** Props for the clock face. */
export interface DialProps {
  phase: Phase;
  /** Milliseconds to show. */
  ms: number;
  /** Share done, 0 to 1. */
  done: number;
  /** Session length in minutes, for the caption. */
  minutes: number;
  /** True for a few seconds after a bell: the visible cue for readers with sound off. */
  bell: boolean;
}

const R = 45;
const CIRCUMFERENCE = 2 * Math.PI * R;

/** Words under the time. They say the state, so nothing rests on colour or motion alone. */
function caption({ phase, minutes, bell }: DialProps): string {
  if (phase === 'ended') return 'Time is up';
  if (phase === 'paused') return 'Paused';
  if (bell) return 'Soft bell';
  return phase === 'running' ? `left of ${minutes} min` : `${minutes} min, ready when you are`;
}

/**
 * The time as m:ss in a role="timer" element (not live: the status region speaks instead), inside
 * a ring that fills as the session goes. The filled part is thicker than the track, so the ring
 * reads without colour. SVG attributes, not inline styles, keep the strict CSP happy before hydration.
 */
export function Dial(p: DialProps) {
  return (
    <div class={`bt-dial bt-dial--${p.phase}${p.bell ? ' bt-dial--bell' : ''}`}>
      <svg class="bt-ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle class="bt-ring-track" cx="50" cy="50" r={R} />
        <circle
          class="bt-ring-done"
          cx="50"
          cy="50"
          r={R}
          stroke-dasharray={CIRCUMFERENCE.toFixed(2)}
          stroke-dashoffset={(CIRCUMFERENCE * (1 - p.done)).toFixed(2)}
          transform="rotate(-90 50 50)"
        />
      </svg>
      <div class="bt-face">
        <p class="bt-time" role="timer">
          {formatClock(p.ms)}
        </p>
        <p class="bt-caption">{caption(p)}</p>
      </div>
    </div>
  );
}
