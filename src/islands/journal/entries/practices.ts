/** The site's practices a journal entry can belong to, named after their guides, plus "Other". */
export const PRACTICES = [
  { slug: 'breath-anchoring', name: 'Breath anchoring' },
  { slug: 'body-scan', name: 'Body scan' },
  { slug: 'somatic-tracking', name: 'Somatic tracking' },
  { slug: 'pendulation', name: 'Pendulation' },
  { slug: 'micro-movement-mapping', name: 'Micro-movement mapping' },
  { slug: 'interoceptive-journaling', name: 'Interoceptive journaling' },
  { slug: 'other', name: 'Other' },
] as const;

/** A practice slug as stored in an entry. */
export type PracticeSlug = (typeof PRACTICES)[number]['slug'];

/** True when `slug` is one of PRACTICES. */
export function isPractice(slug: unknown): slug is PracticeSlug {
  return PRACTICES.some((p) => p.slug === slug);
}

/** The display name of a practice slug; "No practice chosen" for null. */
export function practiceName(slug: PracticeSlug | null): string {
  return PRACTICES.find((p) => p.slug === slug)?.name ?? 'No practice chosen';
}
