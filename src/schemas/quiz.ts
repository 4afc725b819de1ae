import { z } from 'astro/zod';
import { formatProblems, friendlyParse } from './friendly-parse';
import type { CareLevel, RedFlags } from './red-flags';

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

  /** One step of the safety check; its questions are the groups of content/safety/red-flags.json. */
  const safetyStep = z
    .object({
      /** Small line above the heading ("Safety check, part 1 of 2"). */
      caption: text,
      /** Heading of the step. */
      title: text,
      /** One or two sentences under the heading. */
      intro: text,
      /** Optional extra advice under the questions (not a question). Default: none. */
      note: text.optional(),
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
      /** What the quiz adds to the care cards of content/safety/red-flags.json. */
      cards: z
        .object({
          /** Emergency card extras. */
          emergency: z
            .object({
              /** Shown only when the quiz stops: why there is no result. */
              stop: text,
              /** Heading of the "what to tell them" list. */
              tellTitle: text,
              /** What to tell the call handler or doctor. */
              tell: z.array(text).min(1),
            })
            .strict(),
          /** Urgent card extras, one paragraph each. */
          urgent: z.object({ lines: z.array(text).min(1) }).strict(),
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
    .strict();
}

/** The quiz file after checking, before the red flags join it. */
type QuizFile = z.infer<ReturnType<typeof quizSchema>>;

/** One safety step with its questions: the groups of one level of content/safety/red-flags.json. */
type SafetyStep = QuizFile['safety']['emergency'] & { questions: CareLevel['groups'] };

/** The quiz data after checking, with the red flags as its safety questions and care cards. */
export type Quiz = Omit<QuizFile, 'safety'> & {
  safety: { emergency: SafetyStep; urgent: SafetyStep };
  /** The care levels from the one red-flag source, for the cards. */
  care: RedFlags;
};

/** A guide link in the quiz data. */
export type GuideLink = Quiz['signs'][number]['guides'][number];

/**
 * Checks quiz data and returns it parsed, with the red flags joined in as the safety questions; throws one
 * error naming the file and every bad field (path, what was received and what was expected).
 */
export function parseQuiz(input: unknown, file: string, guideSlugs: readonly string[], redFlags: RedFlags): Quiz {
  return joinRedFlags(friendlyParse(quizSchema(guideSlugs), input, file), file, redFlags);
}

/**
 * Joins checked quiz data (as the `quiz` collection holds it) with the red flags: they become its safety
 * questions and care cards. Throws, naming the file, when an id is used twice across the two.
 */
export function joinRedFlags(quiz: QuizFile, file: string, redFlags: RedFlags): Quiz {
  const ids = [...redFlags.emergency.groups, ...redFlags.urgent.groups, ...quiz.signs].map((q) => q.id);
  const repeated = ids.filter((x, i) => ids.indexOf(x) !== i);
  if (repeated.length > 0) {
    throw new Error(formatProblems(file, [{ path: 'signs', message: `ids must be unique across the quiz and the red flags; repeated: ${repeated.join(', ')}` }]));
  }
  return {
    ...quiz,
    safety: {
      emergency: { ...quiz.safety.emergency, questions: redFlags.emergency.groups },
      urgent: { ...quiz.safety.urgent, questions: redFlags.urgent.groups },
    },
    care: redFlags,
  };
}
