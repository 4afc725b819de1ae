import type { Quiz } from '../../schemas/quiz';
import type { QuizState, Score } from './self-assessment';

const LABEL: Record<string, string> = { yes: 'Yes', 'not-sure': 'Not sure', no: 'No' };

interface Props {
  quiz: Quiz;
  state: QuizState;
  score: Score;
  urgent: boolean;
}

/** Hidden on screen; the printed page: every answer and the result, for an appointment. */
export function PrintSummary({ quiz, state, score, urgent }: Props) {
  const safety = [...quiz.safety.emergency.questions, ...quiz.safety.urgent.questions];
  return (
    <div class="sa-print">
      <h3>To discuss with your clinician</h3>
      <p>My answers to the self-assessment quiz on Listening Back. {quiz.notDiagnosis}</p>
      <h4>Safety check</h4>
      <ul>
        {safety.map((q) => (
          <li key={q.id}>
            {q.short}: {LABEL[state.flags[q.id] ?? ''] ?? 'not answered'}
          </li>
        ))}
      </ul>
      {urgent && (
        <p>
          <strong>Urgent:</strong> {quiz.care.urgent.title}.
        </p>
      )}
      <h4>The five signs</h4>
      <ul>
        {quiz.signs.map((s) => (
          <li key={s.id}>
            {s.short}: {LABEL[state.signs[s.id] ?? ''] ?? 'not answered'}
          </li>
        ))}
      </ul>
      <h4>Result</h4>
      <p>
        {quiz.results[score.band].title}. Yes: {score.yes.length}. Not sure: {score.notSure.length}. No: {score.no.length}.
      </p>
      <h4>My notes and questions</h4>
      <div class="sa-print__notes" />
    </div>
  );
}
