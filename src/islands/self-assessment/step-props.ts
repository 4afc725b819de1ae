import type { Ref } from 'preact';
import type { Quiz } from '../../schemas/quiz';
import type { QuizEvent, QuizState } from './self-assessment';

/** What every view of the quiz receives from SelfAssessment. */
export interface StepProps {
  quiz: Quiz;
  state: QuizState;
  dispatch: (event: QuizEvent) => void;
  /** Prefix for element ids (from useId). */
  uid: string;
  /** True until the island has hydrated. */
  disabled: boolean;
  /** The view's heading, focused when the reader arrives. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The error summary, focused after Continue without an answer. */
  summaryRef: Ref<HTMLDivElement>;
}

/** Submits a step: Continue, or Enter in a radio. */
export const onContinue = (dispatch: StepProps['dispatch']) => (event: Event) => {
  event.preventDefault();
  dispatch({ type: 'continue' });
};
