/**
 * Pure geometry for the layout test (e2e/layout.spec.ts): the page only measures boxes, and these
 * functions judge them, so the judging has unit tests of its own (geometry.test.ts, run by Vitest).
 */

/** A box on screen, in CSS pixels, as getClientRects() gives it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A visible control (link, button, field, select, summary): a name for reports and its line boxes. */
export interface Control {
  /** e.g. `a "Red flags" in header`: enough to find it on the page. */
  name: string;
  /** One box per line for an inline link that wraps, one box otherwise. */
  boxes: Box[];
  /** Index of each control that contains or is contained by this one (a field inside a label). */
  related: number[];
}

/** A word in a heading or a button and its boxes: more than one line's worth means it broke. */
export interface MeasuredWord {
  word: string;
  /** Where it is: the element's tag and text, for the report. */
  where: string;
  boxes: Box[];
}

/**
 * Overlaps smaller than this (in both directions, px) are ignored: neighbouring lines of a tight
 * heading, or a border shared by two buttons, touch by a pixel or so without hiding anything.
 */
export const OVERLAP_TOLERANCE = 2;

/** The area two boxes share, as width and height (0 when apart). */
export function intersection(a: Box, b: Box): { width: number; height: number } {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** True when the boxes share more than `tolerance` px in both directions. */
export function boxesOverlap(a: Box, b: Box, tolerance = OVERLAP_TOLERANCE): boolean {
  const { width, height } = intersection(a, b);
  return width > tolerance && height > tolerance;
}

/**
 * Every pair of controls whose boxes overlap, named for the report ("A overlaps B by 70×44 px").
 * Controls nested in one another (listed in `related`) are not compared.
 */
export function overlappingControls(controls: readonly Control[], tolerance = OVERLAP_TOLERANCE): string[] {
  const found: string[] = [];
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i]!;
      const b = controls[j]!;
      if (a.related.includes(j) || b.related.includes(i)) continue;
      let worst: { width: number; height: number } | undefined;
      for (const ba of a.boxes) {
        for (const bb of b.boxes) {
          if (!boxesOverlap(ba, bb, tolerance)) continue;
          const cut = intersection(ba, bb);
          if (!worst || cut.width * cut.height > worst.width * worst.height) worst = cut;
        }
      }
      if (worst) found.push(`${a.name} overlaps ${b.name} by ${Math.round(worst.width)}×${Math.round(worst.height)} px`);
    }
  }
  return found;
}

/**
 * The number of lines a word's boxes lie on: boxes whose vertical ranges overlap by at least half the
 * shorter one's height share a line. One line means the word is whole; more means it broke inside.
 */
export function linesSpanned(boxes: readonly Box[]): number {
  const lines: Box[] = [];
  for (const box of boxes) {
    if (box.width <= 0 || box.height <= 0) continue;
    const sameLine = lines.some((l) => intersection({ ...l, left: 0, width: 1 }, { ...box, left: 0, width: 1 }).height >= Math.min(l.height, box.height) / 2);
    if (!sameLine) lines.push(box);
  }
  return lines.length;
}

/** The words that broke across lines, named for the report (`"Breath-anchor" in h3 "Breath-anchor timer"`). */
export function brokenWords(words: readonly MeasuredWord[]): string[] {
  return words.filter((w) => linesSpanned(w.boxes) > 1).map((w) => `"${w.word}" in ${w.where}`);
}

/**
 * The header's height budget at a viewport width, in CSS px: two rows of 44 px tap targets with their
 * gaps and padding. 120 px at every width (about a sixth of a 360×740 phone's screen); the header
 * measures 113 px below 64rem, where search and the menu share the second row, and 105 px above it.
 */
export function headerBudget(viewportWidth: number): number {
  if (!Number.isFinite(viewportWidth) || viewportWidth <= 0) throw new Error(`headerBudget: expected a positive width, received ${viewportWidth}`);
  return 120;
}
