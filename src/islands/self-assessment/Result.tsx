import { GuideLinks } from './GuideLinks';
import { nextSteps } from './next-steps';
import { NextSteps } from './NextSteps';
import { PrintSummary } from './PrintSummary';
import type { Score } from './self-assessment';
import type { StepProps } from './step-props';

/**
 * The result: what the answers suggest, then the suggested next steps as the main action (practices to
 * try, or other things), each Yes explained and linked, Not sure named; printing and restarting come after.
 */
export function Result(props: StepProps & { score: Score; urgent: boolean; practices: readonly string[] }) {
  const { quiz, state, dispatch, disabled, headingRef, score, urgent, practices } = props;
  const result = quiz.results[score.band];
  const signAt = (i: number) => quiz.signs[i]!;
  return (
    <div class="sa-step">
      <h3 class="sa-heading" tabIndex={-1} ref={headingRef}>
        <span class="sa-caption">
          Your result<span class="visually-hidden">: </span>
        </span>
        {result.title}
      </h3>
      <p>
        You answered Yes to {score.yes.length} of the {quiz.signs.length} signs. {result.text}
      </p>
      <NextSteps next={nextSteps(quiz, score, practices)} />
      {score.yes.length > 0 && (
        <>
          <h4>The signs you said Yes to</h4>
          <ul class="sa-list">
            {score.yes.map((i) => (
              <li key={i}>
                <strong>{signAt(i).short}.</strong> {signAt(i).because} <GuideLinks guides={signAt(i).guides} />
              </li>
            ))}
          </ul>
        </>
      )}
      {score.notSure.length > 0 && (
        <>
          <h4>Signs you were not sure about ({score.notSure.length})</h4>
          <ul class="sa-list">
            {score.notSure.map((i) => (
              <li key={i}>{signAt(i).short}</li>
            ))}
          </ul>
          <p>{quiz.notSure}</p>
        </>
      )}
      <p class="sa-note">
        <strong>{quiz.notDiagnosis}</strong>
      </p>
      <div class="sa-actions">
        <button type="button" class="lb-button" disabled={disabled} onClick={() => window.print()}>
          Print or save your answers
        </button>
        <button type="button" class="lb-button" disabled={disabled} onClick={() => dispatch({ type: 'back' })}>
          Back
        </button>
        <button type="button" class="lb-button" disabled={disabled} onClick={() => dispatch({ type: 'restart' })}>
          Start again
        </button>
      </div>
      <p class="sa-small">Nothing you chose here is saved or sent. Start again clears your answers.</p>
      <PrintSummary quiz={quiz} state={state} score={score} urgent={urgent} />
    </div>
  );
}
