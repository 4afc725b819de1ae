import { useRef, useState } from 'preact/hooks';
import type { Behaviour } from './behaviour';
import type { Script } from './plan';

/** What a session needs beyond the start card: the lay-out in time, and the practice's own behaviour, if it has one. */
export interface SessionParts {
  readonly buildPlan: typeof import('./lay-out').buildPlan;
  readonly PlanError: typeof import('./lay-out').PlanError;
  readonly behaviour: Behaviour | null;
}

/** The practice's own behaviour (behaviour.ts), by the name its script gives. */
const loadBehaviour = (name: Script['behaviour']) =>
  name === 'breath' ? import('./breath/Breath') : name === 'pendulation' ? import('./pendulation/Pendulation') : null;

/**
 * Fetches a session's parts the first time they are needed: as Start is pressed (or touched, or
 * focused, a moment before), or as a kept session comes back. Until then they stay out of the page's
 * first download. A fetch that fails (no signal, and not yet kept offline) says so, and the next
 * press tries again.
 */
export function useSessionParts(script: Script): { parts: SessionParts | null; failed: boolean; load(): Promise<SessionParts> } {
  const [parts, setParts] = useState<SessionParts | null>(null);
  const [failed, setFailed] = useState(false);
  const pending = useRef<Promise<SessionParts> | null>(null);
  const load = () =>
    (pending.current ??= Promise.all([import('./lay-out'), loadBehaviour(script.behaviour)]).then(
      ([layOut, own]) => {
        const got = { buildPlan: layOut.buildPlan, PlanError: layOut.PlanError, behaviour: own?.behaviour ?? null };
        setParts(got);
        setFailed(false);
        return got;
      },
      (e: unknown) => {
        pending.current = null;
        setFailed(true);
        throw e;
      },
    ));
  return { parts, failed, load };
}
