import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import data from '../../../content/quiz/self-assessment.json';
import { redFlags } from '../../lib/red-flags-as-written';
import { parseQuiz } from '../../schemas/quiz';
import { MAX_STEPS, nextSteps } from './next-steps';
import { score, type SignAnswer } from './scoring';

const GUIDES = readdirSync(new URL('../../../content/guides/', import.meta.url))
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.replace(/\.mdx$/, ''));
const PRACTICES = readdirSync(new URL('../../../content/practices/', import.meta.url)).map((f) => f.replace(/\.yaml$/, ''));
const quiz = parseQuiz(data, 'content/quiz/self-assessment.json', GUIDES, redFlags);
// Signs in order: no-clear-cause, stress-or-sleep, cut-off, exercise-not-helped, trauma-or-anxiety.
const answers = (...a: SignAnswer[]) => score(a);

describe('nextSteps', () => {
  it('suggests the practices of the Yes signs, linked to their players, each with the signs it fits', () => {
    expect(nextSteps(quiz, answers('no', 'yes', 'yes', 'no', 'no'), PRACTICES)).toEqual({
      kind: 'practices',
      steps: [
        { text: 'For: Pain that changes with stress or sleep', guide: { slug: 'breath-anchoring', label: 'Breath anchoring', practice: true } },
        { text: 'For: Pain that changes with stress or sleep', guide: { slug: 'somatic-tracking', label: 'Somatic tracking', practice: true } },
        { text: 'For: Often feeling cut off from the body', guide: { slug: 'body-scan', label: 'Body scan', practice: true } },
      ],
    });
  });

  it('puts a practice that fits more Yes answers first, and keeps to the limit', () => {
    const all = nextSteps(quiz, answers('yes', 'yes', 'yes', 'yes', 'yes'), PRACTICES);
    expect(all.kind).toBe('practices');
    expect(all.steps).toHaveLength(MAX_STEPS);
    expect(all.steps[0]).toEqual({
      text: 'For: Long-lasting pain with no clear cause found; Pain that changes with stress or sleep',
      guide: { slug: 'somatic-tracking', label: 'Somatic tracking', practice: true },
    });
    expect(all.steps.every((s) => s.guide?.practice)).toBe(true);
  });

  it('falls back to the guides themselves when no Yes sign names a practice', () => {
    expect(nextSteps(quiz, answers('no', 'no', 'no', 'no', 'yes'), PRACTICES)).toEqual({
      kind: 'guides',
      steps: [{ text: 'For: A history of trauma or anxiety', guide: { slug: 'trauma-informed-practice', label: 'Trauma-informed practice', practice: false } }],
    });
  });

  it('with no Yes, gives the result’s pointers, a pointer without a guide as words alone', () => {
    const none = nextSteps(quiz, answers('no', 'not-sure', 'no', 'no', 'no'), PRACTICES);
    expect(none.kind).toBe('pointers');
    expect(none.steps).toEqual(
      quiz.results.none.pointers.map((p) => (p.guide ? { text: p.text, guide: { ...p.guide, practice: false } } : { text: p.text })),
    );
    expect(none.steps[0]).toEqual({ text: 'A GP or physiotherapist can help you make a plan for your back.' });
  });

  it('says which position was wrong when the score does not fit the quiz', () => {
    expect(() => nextSteps(quiz, { band: 'one', yes: [7], notSure: [], no: [] }, PRACTICES)).toThrow('no sign at position 7; the quiz has 5');
  });
});
