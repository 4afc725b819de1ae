import { Actions } from './Actions';
import { Choice, YES_NO, firstRadioId } from './Choice';
import { ErrorSummary } from './ErrorSummary';
import type { Level } from './self-assessment';
import { onContinue, type StepProps } from './step-props';

/** One step of the safety check: a Yes / No question for each group of signs. */
export function SafetyStep(props: StepProps & { level: Level }) {
  const { quiz, state, dispatch, uid, disabled, headingRef, summaryRef, level } = props;
  const step = quiz.safety[level];
  const errorFor = (legend: string) => `Choose Yes or No: ${legend}`;
  const problems = step.questions
    .filter((q) => state.errors.includes(q.id))
    .map((q) => ({ target: firstRadioId(uid, q.id), text: errorFor(q.legend) }));
  return (
    <form class="sa-step" noValidate onSubmit={onContinue(dispatch)}>
      {problems.length > 0 && <ErrorSummary problems={problems} summaryRef={summaryRef} />}
      <h3 class="sa-heading" tabIndex={-1} ref={headingRef}>
        <span class="sa-caption">
          {step.caption}
          <span class="visually-hidden">: </span>
        </span>
        {step.title}
      </h3>
      <p>{step.intro}</p>
      {step.questions.map((q) => (
        <Choice
          key={q.id}
          uid={uid}
          id={q.id}
          legend={q.legend}
          hint={
            <ul class="sa-signs">
              {q.signs.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          }
          options={YES_NO}
          value={state.flags[q.id]}
          error={state.errors.includes(q.id) ? errorFor(q.legend) : undefined}
          disabled={disabled}
          inline
          onAnswer={(value) => dispatch({ type: 'answer', id: q.id, value })}
        />
      ))}
      {step.note && <p class="sa-note">{step.note}</p>}
      <Actions disabled={disabled} onBack={level === 'urgent' ? () => dispatch({ type: 'back' }) : undefined} />
    </form>
  );
}
