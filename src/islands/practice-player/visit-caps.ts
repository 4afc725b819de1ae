/**
 * Shorter visits, as plain data: pendulation's "too much" caps the visits still to come, and the
 * time they give up comes off the end of the session (the quiet in ease stays as it was). Pure.
 * Fetched with the pendulation behaviour, and with the code that reads a kept session back.
 */
// Types only: a value from plan.ts would split it out of the island's main chunk (see session-parse.ts).
import type { Plan, VisitCap } from './plan';

/** The plan with every visit (a silence with the `visit` role) from `cap.fromMs` on lasting at most `cap.ms`. */
export function capVisits(plan: Plan, cap: VisitCap): Plan {
  let less = 0;
  const steps = plan.steps.map((step) => {
    const startMs = step.startMs - less;
    let endMs = step.endMs - less;
    if (step.role === 'visit' && step.kind === 'silence' && step.startMs >= cap.fromMs) {
      const cut = Math.max(0, endMs - startMs - cap.ms);
      endMs -= cut;
      less += cut;
    }
    return { ...step, startMs, endMs };
  });
  return { ...plan, steps, practiceMs: plan.practiceMs - less, totalMs: plan.totalMs - less, caps: [...(plan.caps ?? []), cap] };
}

/** The plan with the caps a session had, applied again in order (a session kept across a reload). */
export function withCaps(plan: Plan, caps: readonly VisitCap[] | undefined): Plan {
  return (caps ?? []).reduce(capVisits, plan);
}
