import { useRef, useState } from 'preact/hooks';
import type { Behaviour } from './behaviour';
import type { Script } from './plan';

/** What a session needs beyond the start card: the lay-out in time, the focused view, and the practice's own behaviour, if it has one. */
export interface SessionParts {
  readonly buildPlan: typeof import('./lay-out').buildPlan;
  readonly PlanError: typeof import('./lay-out').PlanError;
  readonly FocusView: typeof import('./FocusView').FocusView;
  readonly behaviour: Behaviour | null;
}

/** The practice's own behaviour (behaviour.ts), by the name its script gives. */
const loadBehaviour = (name: Script['behaviour']) =>
  name === 'breath' ? import('./breath/Breath') : name === 'pendulation' ? import('./pendulation/Pendulation') : null;

/**
 * Fetches a session's parts the first time they are needed: as Start is pressed (or touched, or
 * focused, a moment before), or as a kept session comes back. Until then they stay out of the page's
 * first download. A fetch that fails (no signal, and not yet kept offline) says so once a press
 * asked for it (`pressed`, the default; not for the early fetch), and the next press tries again.
 */
export function useSessionParts(script: Script): { parts: SessionParts | null; failed: boolean; load(pressed?: boolean): Promise<SessionParts> } {
  const [parts, setParts] = useState<SessionParts | null>(null);
  const [failed, setFailed] = useState(false);
  const pending = useRef<Promise<SessionParts> | null>(null);
  const load = (pressed = true) => {
    const got = (pending.current ??= Promise.all([import('./lay-out'), import('./FocusView'), loadBehaviour(script.behaviour)]).then(
      ([layOut, view, own]) => {
        const fetched = { buildPlan: layOut.buildPlan, PlanError: layOut.PlanError, FocusView: view.FocusView, behaviour: own?.behaviour ?? null };
        setParts(fetched);
        setFailed(false);
        return fetched;
      },
      (e: unknown) => {
        pending.current = null;
        throw e;
      },
    ));
    if (!pressed) return got;
    return got.catch((e: unknown) => {
      setFailed(true);
      throw e;
    });
  };
  return { parts, failed, load };
}
