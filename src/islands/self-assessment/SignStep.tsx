import { Actions } from './Actions';
import { Choice, YES_NOT_SURE_NO, firstRadioId } from './Choice';
import { ErrorSummary } from './ErrorSummary';
import { onContinue, type StepProps } from './step-props';

const ERROR = 'Choose Yes, Not sure or No';

/** One of the five signs, with "Question N of 5" and its hint. */
export function SignStep(props: StepProps & { index: number }) {
  const { quiz, state, dispatch, uid, disabled, headingRef, summaryRef, index } = props;
  const sign = quiz.signs[index];
  if (!sign) throw new Error(`SignStep: no sign at index ${index}; the quiz has ${quiz.signs.length}`);
  const missing = state.errors.includes(sign.id);
  return (
    <form class="sa-step" noValidate onSubmit={onContinue(dispatch)}>
      {missing && <ErrorSummary problems={[{ target: firstRadioId(uid, sign.id), text: ERROR }]} summaryRef={summaryRef} />}
      <Choice
        uid={uid}
        id={sign.id}
        legend={
          <h3 class="sa-heading" tabIndex={-1} ref={headingRef}>
            <span class="sa-caption">
              Question {index + 1} of {quiz.signs.length}
              <span class="visually-hidden">: </span>
            </span>
            {sign.question}
          </h3>
        }
        hint={<p>{sign.hint}</p>}
        options={YES_NOT_SURE_NO}
        value={state.signs[sign.id]}
        error={missing ? ERROR : undefined}
        disabled={disabled}
        onAnswer={(value) => dispatch({ type: 'answer', id: sign.id, value })}
      />
      <Actions disabled={disabled} onBack={() => dispatch({ type: 'back' })} />
    </form>
  );
}
