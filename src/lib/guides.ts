import { SECTIONS, type GuideData, type Section } from '../schemas/guide';

/** The minimum a guide needs for navigation and checks: its id (slug), frontmatter and file path. */
export interface GuideRef {
  id: string;
  data: GuideData;
  filePath?: string | undefined;
}

/** Problems with links between guides, each naming the file and the field. */
export function relatedProblems(guides: readonly GuideRef[]): string[] {
  const ids = new Set(guides.map((g) => g.id));
  const problems: string[] = [];
  for (const g of guides) {
    g.data.related.forEach((slug, i) => {
      if (slug === g.id) problems.push(`${g.filePath ?? g.id}: related[${i}]: a guide cannot be related to itself ("${slug}")`);
      else if (!ids.has(slug)) {
        problems.push(`${g.filePath ?? g.id}: related[${i}]: Received "${slug}", Expected one of the guide slugs (${[...ids].sort().join(', ')})`);
      }
    });
  }
  return problems;
}

/** Throws one error listing every broken related link; returns the guides when all is well. */
export function assertRelatedExist<T extends GuideRef>(guides: readonly T[]): readonly T[] {
  const problems = relatedProblems(guides);
  if (problems.length) throw new Error(`Broken "related" links in guide frontmatter:\n  ${problems.join('\n  ')}`);
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
