/** The self-assessment quiz (content/quiz/self-assessment.json, the `quiz` collection) with the red flags joined in. */
import { joinRedFlags, type Quiz } from '../schemas/quiz';
import { dataEntry } from './data-entry';
import { loadRedFlags } from './red-flags';

const FILE = 'content/quiz/self-assessment.json';

/** The quiz as the `quiz` collection checked it, with the red flags as its safety questions and cards. */
export async function loadQuiz(): Promise<Quiz> {
  return joinRedFlags(await dataEntry('quiz', 'self-assessment', FILE), FILE, await loadRedFlags());
}
