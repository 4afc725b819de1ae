import { useEffect, useId, useMemo, useReducer, useRef } from 'preact/hooks';
import { useHydrated } from '../../lib/use-hydrated';
import type { Quiz } from '../../schemas/quiz';
import { EmergencyCard, UrgentCard } from './CareCards';
import { Result } from './Result';
import { SafetyStep } from './SafetyStep';
import { SignStep } from './SignStep';
import { initialState, reduce, resultOf, shapeOf, showsUrgentCard, type QuizEvent, type QuizState } from './self-assessment';
import type { StepProps } from './step-props';
import './SelfAssessment.css';

/** Props from SelfAssessment.astro. */
export interface Props {
  /** The checked quiz data. */
  quiz: Quiz;
  /** Slugs of the guides with a practice player (content/practices), which the result can open at the player. */
  practices: readonly string[];
}

/**
 * The self-assessment quiz: safety check, five signs, result. Renders state and dispatches events;
 * the flow lives in self-assessment.ts. Nothing is stored or sent.
 * Focus moves to the new heading on every step (or to the error summary, or the urgent card), so no
 * live region is needed: the moved focus is what screen readers announce. That place is also scrolled
 * to the top of the screen, as a new page would be, so that on a phone the step's question and its
 * Continue button are on the first screen. The introduction shows on the first step only.
 */
export default function SelfAssessment({ quiz, practices }: Props) {
  const shape = useMemo(() => shapeOf(quiz), [quiz]);
  const [state, dispatch] = useReducer((s: QuizState, e: QuizEvent) => reduce(s, e, shape), initialState);
  const hydrated = useHydrated();
  const uid = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.moves === 0) return; // never steal focus on page load
    const target = { heading: headingRef, errors: summaryRef, card: cardRef }[state.focus].current;
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [state.moves]);

  const props: StepProps = { quiz, state, dispatch, uid, disabled: !hydrated, headingRef, summaryRef };
  const { step } = state;
  const score = resultOf(state, shape);
  const urgent = showsUrgentCard(state, shape);
  return (
    <div class="sa-app lb-js-only">
      {step.view === 'stop' && (
        <div class="sa-step">
          <EmergencyCard quiz={quiz} headingRef={headingRef} />
          <div class="sa-actions">
            <button type="button" class="lb-button" onClick={() => dispatch({ type: 'back' })}>
              Go back and change an answer
            </button>
          </div>
        </div>
      )}
      {urgent && <UrgentCard quiz={quiz} headingRef={cardRef} />}
      {step.view === 'safety' && step.level === 'emergency' && <p>{quiz.intro}</p>}
      {step.view === 'safety' && <SafetyStep {...props} level={step.level} />}
      {step.view === 'sign' && <SignStep {...props} index={step.index} />}
      {score && <Result {...props} score={score} urgent={urgent} practices={practices} />}
    </div>
  );
}
