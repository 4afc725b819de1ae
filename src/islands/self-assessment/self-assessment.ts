// Pure logic of the self-assessment quiz: the flow as a reducer, scoring as a function of the answers.
// Flow: emergency signs -> urgent signs -> five signs, one at a time -> result. Any emergency Yes stops
// the quiz on the emergency card ("stop"); an urgent Yes lets the reader go on under an urgent card.
import type { Quiz } from '../../schemas/quiz';
import { score, type Score, type SignAnswer } from './scoring';

export { score, type Score, type SignAnswer };

/** Answer to a safety question. */
export type FlagAnswer = 'yes' | 'no';

/** Which safety step. */
export type Level = 'emergency' | 'urgent';

/** Where the reader is. */
export type Step =
  | { view: 'safety'; level: Level }
  | { view: 'sign'; index: number }
  | { view: 'result' }
  | { view: 'stop' };

/** Where focus goes after a move: the new heading, the error summary, or the urgent card. */
export type FocusTarget = 'heading' | 'errors' | 'card';

/** The ids of the quiz's questions, in order: all the reducer needs to know about the data. */
export interface QuizShape {
  emergency: readonly string[];
  urgent: readonly string[];
  signs: readonly string[];
}

/** The whole state of the quiz. Nothing here is ever stored or sent. */
export interface QuizState {
  step: Step;
  /** Safety answers by question id. */
  flags: Readonly<Record<string, FlagAnswer>>;
  /** Sign answers by sign id. */
  signs: Readonly<Record<string, SignAnswer>>;
  /** Ids of the questions left unanswered at the last "Continue" on this step. */
  errors: readonly string[];
  focus: FocusTarget;
  /** Counts moves that should move focus; 0 means none yet (do not steal focus on page load). */
  moves: number;
}

/** What the reader did. */
export type QuizEvent =
  | { type: 'answer'; id: string; value: string }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'restart' };

/** The question ids of checked quiz data. */
export function shapeOf(quiz: Pick<Quiz, 'safety' | 'signs'>): QuizShape {
  const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);
  return { emergency: ids(quiz.safety.emergency.questions), urgent: ids(quiz.safety.urgent.questions), signs: ids(quiz.signs) };
}

/** A fresh quiz at the first safety step. */
export const initialState: QuizState = {
  step: { view: 'safety', level: 'emergency' },
  flags: {},
  signs: {},
  errors: [],
  focus: 'heading',
  moves: 0,
};

const FLAG_ANSWERS: readonly string[] = ['yes', 'no'];
const SIGN_ANSWERS: readonly string[] = ['yes', 'not-sure', 'no'];

/** True when any of the given safety questions was answered Yes. */
export function anyYes(state: QuizState, ids: readonly string[]): boolean {
  return ids.some((id) => state.flags[id] === 'yes');
}

/** The question ids the reader must answer on a step. */
export function idsOnStep(step: Step, shape: QuizShape): readonly string[] {
  if (step.view === 'safety') return shape[step.level];
  if (step.view === 'sign') return shape.signs.slice(step.index, step.index + 1);
  return [];
}

function move(state: QuizState, step: Step, focus: FocusTarget = 'heading'): QuizState {
  return { ...state, step, errors: [], focus, moves: state.moves + 1 };
}

function next(state: QuizState, shape: QuizShape): QuizState {
  const { step } = state;
  const missing = idsOnStep(step, shape).filter((id) => !(id in state.flags) && !(id in state.signs));
  if (missing.length > 0) return { ...state, errors: missing, focus: 'errors', moves: state.moves + 1 };
  if (step.view === 'safety' && step.level === 'emergency') {
    return anyYes(state, shape.emergency) ? move(state, { view: 'stop' }) : move(state, { view: 'safety', level: 'urgent' });
  }
  if (step.view === 'safety') return move(state, { view: 'sign', index: 0 }, anyYes(state, shape.urgent) ? 'card' : 'heading');
  if (step.view === 'sign') {
    return step.index + 1 < shape.signs.length ? move(state, { view: 'sign', index: step.index + 1 }) : move(state, { view: 'result' });
  }
  return state;
}

function back(state: QuizState, shape: QuizShape): QuizState {
  const { step } = state;
  if (step.view === 'stop' || (step.view === 'safety' && step.level === 'urgent')) {
    return move(state, { view: 'safety', level: 'emergency' });
  }
  if (step.view === 'sign') {
    return move(state, step.index === 0 ? { view: 'safety', level: 'urgent' } : { view: 'sign', index: step.index - 1 });
  }
  if (step.view === 'result') return move(state, { view: 'sign', index: shape.signs.length - 1 });
  return state;
}

// Only the questions on the current step can change, so an answer can never slip in behind a result.
function answer(state: QuizState, shape: QuizShape, id: string, value: string): QuizState {
  if (!idsOnStep(state.step, shape).includes(id)) return state;
  if (state.step.view === 'safety' && FLAG_ANSWERS.includes(value)) {
    return { ...state, flags: { ...state.flags, [id]: value as FlagAnswer } };
  }
  if (state.step.view === 'sign' && SIGN_ANSWERS.includes(value)) {
    return { ...state, signs: { ...state.signs, [id]: value as SignAnswer } };
  }
  return state; // an answer that does not fit the question changes nothing
}

/** The next state of the quiz. */
export function reduce(state: QuizState, event: QuizEvent, shape: QuizShape): QuizState {
  switch (event.type) {
    case 'answer':
      return answer(state, shape, event.id, event.value);
    case 'continue':
      return next(state, shape);
    case 'back':
      return back(state, shape);
    case 'restart':
      return { ...initialState, moves: state.moves + 1 };
  }
}

/** True when the urgent card belongs at the top: past the safety check with an urgent Yes. */
export function showsUrgentCard(state: QuizState, shape: QuizShape): boolean {
  return (state.step.view === 'sign' || state.step.view === 'result') && anyYes(state, shape.urgent);
}

/**
 * The benefit result, or null. Never a result while any emergency answer is Yes, whatever the step.
 */
export function resultOf(state: QuizState, shape: QuizShape): Score | null {
  if (state.step.view !== 'result' || anyYes(state, shape.emergency)) return null;
  const answers = shape.signs.map((id) => state.signs[id]);
  if (answers.some((a) => a === undefined)) return null;
  return score(answers as SignAnswer[]);
}
