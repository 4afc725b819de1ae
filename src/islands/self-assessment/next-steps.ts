// The result's next steps, as plain data: what the quiz suggests doing after its result, each with why.
// Yes answers point to the practices their guides hold (linked straight to each guide's practice
// player); with no practice among them, to the guides themselves; with no Yes, to the result's pointers.
import type { Quiz } from '../../schemas/quiz';
import type { Score } from './scoring';

/** At most this many suggestions, so the choice stays small. */
export const MAX_STEPS = 3;

/** One suggestion: why it fits, and the guide it leads to (a pointer may have none, like "see a GP"). */
export interface NextStep {
  /** Why this fits the answers: the signs it matches ("For: …"), or the pointer's own words. */
  text: string;
  /** The guide, with `practice` true when the link goes to its practice player. */
  guide?: { slug: string; label: string; practice: boolean };
}

/** What the result suggests: practices to try, guides to read, or other things to try. */
export interface NextSteps {
  kind: 'practices' | 'guides' | 'pointers';
  steps: NextStep[];
}

/**
 * The next steps for a score. `practiceSlugs` are the guides with a practice script (content/practices),
 * whose players the links open. Each guide comes once, with the short names of all the Yes signs that
 * name it; those named by more signs first, then in the order the signs name them.
 */
export function nextSteps(quiz: Pick<Quiz, 'signs' | 'results'>, score: Score, practiceSlugs: readonly string[]): NextSteps {
  if (score.yes.length === 0) {
    const steps = quiz.results[score.band].pointers.map((p) => ({
      text: p.text,
      ...(p.guide ? { guide: { ...p.guide, practice: practiceSlugs.includes(p.guide.slug) } } : {}),
    }));
    return { kind: 'pointers', steps };
  }
  const bySlug = new Map<string, { label: string; because: string[] }>();
  for (const i of score.yes) {
    const sign = quiz.signs[i];
    if (!sign) throw new Error(`nextSteps: no sign at position ${i}; the quiz has ${quiz.signs.length}`);
    for (const g of sign.guides) {
      const seen = bySlug.get(g.slug) ?? { label: g.label, because: [] };
      seen.because.push(sign.short);
      bySlug.set(g.slug, seen);
    }
  }
  const all = [...bySlug].map(([slug, { label, because }]) => ({
    text: `For: ${because.join('; ')}`,
    guide: { slug, label, practice: practiceSlugs.includes(slug) },
  }));
  // The guides that fit most of the reader's Yes answers first; otherwise in the order the signs name them.
  all.sort((a, b) => bySlug.get(b.guide.slug)!.because.length - bySlug.get(a.guide.slug)!.because.length);
  const practices = all.filter((s) => s.guide.practice);
  return practices.length > 0
    ? { kind: 'practices', steps: practices.slice(0, MAX_STEPS) }
    : { kind: 'guides', steps: all.slice(0, MAX_STEPS) };
}
