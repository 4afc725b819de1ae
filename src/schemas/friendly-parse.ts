import type { z } from 'astro/zod';

/**
 * Parses `input` with `schema` and returns the data; on failure throws one error naming the file and
 * every bad field with what was received and what was expected (Starlight's parseWithFriendlyErrors).
 */
export function friendlyParse<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const received = 'input' in issue && issue.input !== undefined ? ` (received ${JSON.stringify(issue.input)})` : '';
    return `  - ${issue.path.join('.') || '(root)'}: ${issue.message}${received}`;
  });
  throw new Error(`${file}: the data does not match its schema\n${problems.join('\n')}`);
}
