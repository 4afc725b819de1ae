import type { Entry } from './entry';

/** Which entries the list shows; '' means any. */
export interface Filter {
  practice: string;
  tag: string;
  query: string;
}

/** Every tag used in the journal, A to Z. */
export function usedTags(entries: readonly Entry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.tags))].sort();
}

/** The entries the list shows under the filter, newest first. */
export function visibleEntries(entries: readonly Entry[], filter: Filter): Entry[] {
  const { practice, tag, query } = filter;
  const q = query.trim().toLowerCase();
  return entries.filter(
    (e) =>
      (!practice || e.practice === practice) &&
      (!tag || e.tags.includes(tag)) &&
      (!q || e.text.toLowerCase().includes(q) || e.tags.some((t) => t.includes(q))),
  );
}
