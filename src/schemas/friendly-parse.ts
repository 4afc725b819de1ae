import type { z } from 'astro/zod';

/** One thing wrong in a data file: where (a dotted path, '(root)' for the whole file) and what. */
export interface FieldProblem {
  /** The field, as a dotted path ("sensations.0.word"); '(root)' for the file as a whole. */
  path: string;
  /** What is wrong, ideally with what was received and what was expected. */
  message: string;
}

/**
 * The one wording of a content error: the file, then one line per bad field. Every data file the build
 * reads (guides, quiz, journal words, red flags) reports its problems this way.
 */
export function formatProblems(file: string, problems: readonly FieldProblem[]): string {
  return `${file}: the data does not match its schema\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`;
}

/** A zod issue path as a dotted field path; '(root)' when it is empty. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}

/**
 * Parses `input` with `schema` and returns the data; on failure throws one error naming the file and
 * every bad field with what was received and what was expected (Starlight's parseWithFriendlyErrors).
 */
export function friendlyParse<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const received = 'input' in issue && issue.input !== undefined ? ` (received ${JSON.stringify(issue.input)})` : '';
    return { path: fieldPath(issue.path), message: `${issue.message}${received}` };
  });
  throw new Error(formatProblems(file, problems));
}
