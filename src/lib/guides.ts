import { formatProblems, type FieldProblem } from '../schemas/friendly-parse';
import { SECTIONS, type GuideData, type Section } from '../schemas/guide';

/** The minimum a guide needs for navigation and checks: its id (slug), frontmatter and file path. */
export interface GuideRef {
  id: string;
  data: GuideData;
  filePath?: string | undefined;
}

/** A broken link between guides: the guide's file and the field, with what is wrong. */
export interface RelatedProblem extends FieldProblem {
  /** The guide's file (content/guides/<slug>.mdx), or its id when the file is unknown. */
  file: string;
}

/** Problems with links between guides, each naming the file and the field. */
export function relatedProblems(guides: readonly GuideRef[]): RelatedProblem[] {
  const ids = new Set(guides.map((g) => g.id));
  const problems: RelatedProblem[] = [];
  for (const g of guides) {
    const file = g.filePath ?? g.id;
    g.data.related.forEach(({ id: slug }, i) => {
      const path = `related.${i}`;
      if (slug === g.id) problems.push({ file, path, message: `a guide cannot be related to itself ("${slug}")` });
      else if (!ids.has(slug)) {
        problems.push({ file, path, message: `Received "${slug}", Expected one of the guide slugs (${[...ids].sort().join(', ')})` });
      }
    });
  }
  return problems;
}

/** Throws one error listing every broken related link, file by file; returns the guides when all is well. */
export function assertRelatedExist<T extends GuideRef>(guides: readonly T[]): readonly T[] {
  const problems = relatedProblems(guides);
  const files = [...new Set(problems.map((p) => p.file))];
  if (files.length) throw new Error(files.map((f) => formatProblems(f, problems.filter((p) => p.file === f))).join('\n'));
  return guides;
}

/** Guides in reading order: by section, then by `order`, then by title. */
export function sortGuides<T extends GuideRef>(guides: readonly T[]): T[] {
  return [...guides].sort(
    (a, b) =>
      SECTIONS.indexOf(a.data.section) - SECTIONS.indexOf(b.data.section) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title),
  );
}

/** The guides of one section, in order. */
export function guidesInSection<T extends GuideRef>(guides: readonly T[], section: Section): T[] {
  return sortGuides(guides.filter((g) => g.data.section === section));
}

/** The previous and next guide within the same section. */
export function neighbours<T extends GuideRef>(guides: readonly T[], id: string): { prev: T | undefined; next: T | undefined } {
  const current = guides.find((g) => g.id === id);
  if (!current) return { prev: undefined, next: undefined };
  const list = guidesInSection(guides, current.data.section);
  const i = list.findIndex((g) => g.id === id);
  return { prev: list[i - 1], next: list[i + 1] };
}

/** Reading time in whole minutes at 200 words a minute (at least 1). */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}
