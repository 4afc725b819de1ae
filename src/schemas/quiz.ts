import { z } from 'astro/zod';

/** A sentence or phrase the reader sees; trimmed, never empty. */
const text = z.string().trim().min(2);

/** Ids join the page's element ids: lowercase kebab-case. */
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a kebab-case id, like "both-legs"');

/** A guide slug that must name one of the files in content/guides (checked against `guideSlugs`). */
function guideSlug(guideSlugs: readonly string[]) {
  return z.string().superRefine((slug, ctx) => {
    if (!guideSlugs.includes(slug)) {
      ctx.addIssue({
        code: 'custom',
        message: `Received "${slug}"; expected one of the guide files in content/guides: ${guideSlugs.join(', ')}`,
      });
    }
  });
}

/** Builds the schema of content/quiz/*.json, with guide links checked against the guides that exist. */
export function quizSchema(guideSlugs: readonly string[]) {
  /** A link to one guide, shown as /guides/<slug>/. */
  const guideLink = z
    .object({
      /** Slug of the guide (its file name in content/guides without .mdx). */
      slug: guideSlug(guideSlugs),
      /** Link text, the guide's name in plain words. */
      label: text,
    })
    .strict();

  /** One Yes / No question of the safety check, listing several signs. */
  const safetyQuestion = z
    .object({
      /** Unique id across the whole quiz. */
      id,
      /** The question, shown as the fieldset legend. */
      legend: text,
      /** A few words naming the group, for the printed summary ("Changes in your legs"). */
      short: text,
      /** The signs the question lists; a Yes means "at least one of these". */
      signs: z.array(text).min(1),
    })
    .strict();

  /** One step of the safety check: the emergency signs or the urgent signs. */
  const safetyStep = z
    .object({
      /** Small line above the heading ("Safety check, part 1 of 2"). */
      caption: text,
      /** Heading of the step. */
      title: text,
      /** One or two sentences under the heading. */
      intro: text,
      /** The questions on this step, in order. */
      questions: z.array(safetyQuestion).min(1),
      /** Optional extra advice under the questions (not a question). Default: none. */
      note: text.optional(),
    })
    .strict();

  /** A care card shown when a safety answer is Yes. */
  const card = z
    .object({
      /** Heading of the card, saying what to do. */
      title: text,
      /** What to do, one paragraph each. */
      lines: z.array(text).min(1),
    })
    .strict();

  /** One of the five signs. */
  const sign = z
    .object({
      /** Unique id across the whole quiz. */
      id,
      /** The question, shown as the step heading. */
      question: text,
      /** A few words naming the sign, for the result and the printed summary. */
      short: text,
      /** Why the sign matters, shown under the question. */
      hint: text,
      /** Shown in the result when the answer is Yes: what the sign suggests. */
      because: text,
      /** Guides that match this sign; at least one. */
      guides: z.array(guideLink).min(1),
    })
    .strict();

  /** The result for one band of "Yes" answers. */
  const result = z
    .object({
      /** When this result applies, in words ("Two or more signs"). */
      when: text,
      /** Heading of the result. */
      title: text,
      /** What the result means, in a few sentences. */
      text,
      /** Further pointers, each with an optional guide link. Default: none. */
      pointers: z.array(z.object({ text, guide: guideLink.optional() }).strict()).default([]),
    })
    .strict();

  return z
    .object({
      /** Shown above the quiz: what it is, how long, and that nothing is saved or sent. */
      intro: text,
      /** The safety check, asked before the signs. */
      safety: z.object({ emergency: safetyStep, urgent: safetyStep }).strict(),
      /** Care cards for a Yes in the safety check. */
      cards: z
        .object({
          /** Emergency card: call 999 / 911 or go to an emergency department. */
          emergency: card.extend({
            /** Shown only when the quiz stops: why there is no result. */
            stop: text,
            /** Heading of the "what to tell them" list. */
            tellTitle: text,
            /** What to tell the call handler or doctor. */
            tell: z.array(text).min(1),
          }),
          /** Urgent card: same-day doctor, NHS 111 or urgent care. */
          urgent: card,
          /** The red-flags guide both cards link to. */
          guide: guideLink,
        })
        .strict(),
      /** Exactly five signs, asked one at a time. */
      signs: z.array(sign).length(5),
      /** Results by number of "Yes" answers: two or more, one, none. */
      results: z.object({ explore: result, one: result, none: result }).strict(),
      /** Headings and lead-ins of the checklist shown when JavaScript is off. */
      checklist: z
        .object({
          /** Heading above the two care cards. */
          redFlagsTitle: text,
          /** Lead-in to the list of emergency signs. */
          emergencyLead: text,
          /** Lead-in to the list of urgent signs. */
          urgentLead: text,
          /** Heading above the five signs. */
          signsTitle: text,
          /** Heading above the scoring rule. */
          countTitle: text,
          /** How to count the signs yourself. */
          count: text,
        })
        .strict(),
      /** Shown when some answers were "Not sure". */
      notSure: text,
      /** Says plainly that the quiz is not a diagnosis. */
      notDiagnosis: text,
    })
    .strict()
    .superRefine((quiz, ctx) => {
      const ids = [...quiz.safety.emergency.questions, ...quiz.safety.urgent.questions, ...quiz.signs].map((q) => q.id);
      const repeated = ids.filter((x, i) => ids.indexOf(x) !== i);
      if (repeated.length > 0) ctx.addIssue({ code: 'custom', message: `ids must be unique; repeated: ${repeated.join(', ')}` });
    });
}

/** The quiz data after checking. */
export type Quiz = z.infer<ReturnType<typeof quizSchema>>;

/** A guide link in the quiz data. */
export type GuideLink = Quiz['signs'][number]['guides'][number];

/**
 * Checks quiz data and returns it parsed; throws one error naming the file and every bad field
 * (path, what was received and what was expected).
 */
export function parseQuiz(input: unknown, file: string, guideSlugs: readonly string[]): Quiz {
  const parsed = quizSchema(guideSlugs).safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${file}: the quiz data does not match src/schemas/quiz.ts\n${problems.join('\n')}`);
}
