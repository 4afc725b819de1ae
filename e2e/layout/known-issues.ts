/**
 * Layout problems the layout test found inside islands that other people own, reported to them and
 * skipped here until they are fixed. Each entry names the page, the widths and a piece of the problem's
 * message. The lead empties this list once the islands' fixes are merged: an entry that no longer
 * matches anything fails the test, so the list cannot go stale.
 */
export interface KnownIssue {
  /** The page path, exactly as in the sitemap. */
  path: string;
  /** The widths (px) it shows at. */
  widths: readonly number[];
  /** A part of the problem's message that identifies it (see geometry.ts for the wording). */
  match: string;
  /** Whose island, and what is wrong, in a few words. */
  why: string;
}

export const KNOWN_ISLAND_ISSUES: readonly KnownIssue[] = [
  // Empty: the journal's overlap and width were fixed, and the breath timer's title went with the timer.
];

/** True when a problem on `path` at `width` is a known island issue. */
export function isKnown(path: string, width: number, problem: string, issues: readonly KnownIssue[] = KNOWN_ISLAND_ISSUES): KnownIssue | undefined {
  return issues.find((k) => k.path === path && k.widths.includes(width) && problem.includes(k.match));
}
