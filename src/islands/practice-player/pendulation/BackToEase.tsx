import { elapsedWithin } from '../../../lib/countdown';
import type { BehaviourProps } from '../behaviour';
import { backToEase, inVisit } from './dose';

/**
 * "Back to ease", in the bar within thumb reach: during a visit, it ends the visit at once (the
 * player stops the voice mid-word and says the way back). Outside a visit it says it cannot be used
 * (aria-disabled, so a keyboard's focus stays on it after the press).
 */
export function BackToEase({ state, now, send }: BehaviourProps) {
  const at = (t: number) => (state.countdown ? elapsedWithin(state.countdown, t) : 0);
  const visiting = state.phase === 'running' && !!state.plan && inVisit(state.plan, at(now));
  return (
    <button
      type="button"
      class="lb-button pp-bar-button pp-ease"
      aria-disabled={visiting ? undefined : 'true'}
      onClick={() => {
        const toMs = state.phase === 'running' && state.plan && backToEase(state.plan, at(Date.now()));
        if (toMs) send({ type: 'skip', now: Date.now(), toMs });
      }}
    >
      Back to ease
    </button>
  );
}
