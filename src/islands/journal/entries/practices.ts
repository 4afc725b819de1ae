/**
 * The practices a journal entry can belong to. The list itself is not written here: Journal.astro
 * derives it from the guides at build time (practice-guides.ts) and hands it to the island.
 */

/** One practice: its guide's slug and title, or "Other". */
export interface Practice {
  /** The slug stored in an entry (a guide's file name, or "other"). */
  slug: string;
  /** The name shown in the form, the list and the Markdown export (the guide's title). */
  name: string;
}

/** The choice for a practice the site has no guide for; always last in the list. */
export const OTHER_PRACTICE: Practice = { slug: 'other', name: 'Other' };

/** True when `slug` is one of `practices`. */
export function isPractice(slug: unknown, practices: readonly Practice[]): slug is string {
  return practices.some((p) => p.slug === slug);
}

/**
 * The display name of a practice slug: its name from `practices`; the slug itself for a practice that
 * is no longer offered (an entry keeps what it was saved with); "No practice chosen" for null.
 */
export function practiceName(slug: string | null, practices: readonly Practice[]): string {
  if (slug === null) return 'No practice chosen';
  return practices.find((p) => p.slug === slug)?.name ?? slug;
}
