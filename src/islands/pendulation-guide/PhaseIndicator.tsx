import { inSession, type State } from './pendulation-guide';

/** Where the dot rests: the ease end, the discomfort end, or between (check-in). */
const SIDE: Partial<Record<State['phase'], string>> = { ease: 'ease', discomfort: 'discomfort', 'check-in': 'middle', closing: 'ease' };

/**
 * A visual pendulum: a dot that swings between an "Ease" and a "Discomfort" end, and a bar for the time
 * left in this step. Decorative: the heading, the clock text and the live region say the same in words.
 */
export function PhaseIndicator({ state, leftMs }: { state: State; leftMs: number }) {
  if (!inSession(state)) return null;
  const total = state.countdown?.durationMs ?? 1;
  const visit = Math.min(state.visits, state.settings.rounds);
  return (
    <div class="pg-indicator">
      <svg class="pg-track" viewBox="0 0 300 44" aria-hidden="true">
        <line class="pg-rail" x1="20" y1="16" x2="280" y2="16" />
        <circle class="pg-dot" data-side={SIDE[state.phase]} cx="20" cy="16" r="12" />
        <rect class="pg-bar-bg" x="20" y="36" width="260" height="6" rx="3" />
        <rect class="pg-bar" x="20" y="36" width={(260 * leftMs) / total} height="6" rx="3" />
      </svg>
      <p class="pg-ends" aria-hidden="true">
        <span>Ease</span>
        <span>
          Visits: {visit} of {state.settings.rounds}
        </span>
        <span>Discomfort</span>
      </p>
    </div>
  );
}
