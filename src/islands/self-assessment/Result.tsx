import { href } from '../../lib/site';
import { GuideLinks } from './GuideLinks';
import { PrintSummary } from './PrintSummary';
import type { Score } from './self-assessment';
import type { StepProps } from './step-props';

/** The result: what the answers suggest, each Yes explained and linked, Not sure named, print and restart. */
export function Result({ quiz, state, dispatch, disabled, headingRef, score, urgent }: StepProps & { score: Score; urgent: boolean }) {
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
      {result.pointers.length > 0 && (
        <>
          <h4>Other things you might try</h4>
          <ul class="sa-list">
            {result.pointers.map((p) => (
              <li key={p.text}>
                {p.text} {p.guide && <a href={href(`guides/${p.guide.slug}/`)}>{p.guide.label}</a>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="sa-note">
        <strong>{quiz.notDiagnosis}</strong>
      </p>
      <div class="sa-actions">
        <button type="button" class="lb-button lb-button--primary" disabled={disabled} onClick={() => window.print()}>
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
