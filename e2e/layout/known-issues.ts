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
  // Journal (src/islands/journal): the date-and-time field runs 70 px under the Practice select.
  { path: '/journal/', widths: [768, 1280, 1920], match: 'input#P1-0-at "" overlaps select#P1-0-p', why: 'journal: date-and-time field overlaps the Practice select' },
  { path: '/guides/interoceptive-journaling/', widths: [768, 1280, 1920], match: 'input#P3-0-at "" overlaps select#P3-0-p', why: 'journal: date-and-time field overlaps the Practice select' },
  // Journal: at 320 px its form is 1 px wider than the window, so the page scrolls sideways.
  { path: '/journal/', widths: [320], match: 'scrolls sideways', why: 'journal: 1 px too wide at 320 px' },
  { path: '/guides/interoceptive-journaling/', widths: [320], match: 'scrolls sideways', why: 'journal: 1 px too wide at 320 px' },
  // Breath timer (src/islands/breath-timer): its title breaks after the hyphen ("Breath-" / "anchor timer").
  { path: '/guides/breath-anchoring/', widths: [320, 360], match: 'word broken across lines: "Breath-anchor" in h2#P3-0-title', why: 'breath timer: title breaks at its hyphen' },
];

/** True when a problem on `path` at `width` is a known island issue. */
export function isKnown(path: string, width: number, problem: string, issues: readonly KnownIssue[] = KNOWN_ISLAND_ISSUES): KnownIssue | undefined {
  return issues.find((k) => k.path === path && k.widths.includes(width) && problem.includes(k.match));
}
