import { describe, expect, it } from 'vitest';
import { boxesOverlap, brokenWords, headerBudget, intersection, linesSpanned, overlappingControls, type Control } from './geometry';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe('intersection and boxesOverlap', () => {
  it('measures the shared area, and nothing for boxes apart or only touching', () => {
    expect(intersection(box(0, 0, 100, 44), box(30, 0, 100, 44))).toEqual({ width: 70, height: 44 });
    expect(intersection(box(0, 0, 10, 10), box(10, 0, 10, 10))).toEqual({ width: 0, height: 10 });
    expect(intersection(box(0, 0, 10, 10), box(50, 50, 10, 10))).toEqual({ width: 0, height: 0 });
  });

  it('counts an overlap only beyond the tolerance in both directions', () => {
    expect(boxesOverlap(box(0, 0, 100, 44), box(97, 0, 100, 44))).toBe(true);
    expect(boxesOverlap(box(0, 0, 100, 44), box(98, 0, 100, 44))).toBe(false);
    expect(boxesOverlap(box(0, 0, 100, 20), box(0, 18, 100, 20))).toBe(false);
    expect(boxesOverlap(box(0, 0, 100, 20), box(0, 17, 100, 20))).toBe(true);
  });
});

describe('overlappingControls', () => {
  const control = (name: string, boxes: Control['boxes'], related: number[] = []): Control => ({ name, boxes, related });

  it('names each overlapping pair with the size of the overlap', () => {
    const controls = [control('input "When"', [box(0, 0, 200, 44)]), control('select "Practice"', [box(130, 0, 200, 44)]), control('a "Far"', [box(0, 100, 50, 20)])];
    expect(overlappingControls(controls)).toEqual(['input "When" overlaps select "Practice" by 70×44 px']);
  });

  it('compares a wrapped link line by line, so links beside its lines do not count', () => {
    // A link wrapping from the end of line 1 to the start of line 2: its bounding box would cover both lines.
    const wrapped = control('a "long link"', [box(200, 0, 100, 20), box(0, 30, 80, 20)]);
    const beside = control('a "next"', [box(100, 30, 60, 20)]);
    expect(overlappingControls([wrapped, beside])).toEqual([]);
  });

  it('skips controls nested in one another', () => {
    const controls = [control('label-wrapped input', [box(0, 0, 100, 44)], [1]), control('its link', [box(10, 10, 50, 20)], [0])];
    expect(overlappingControls(controls)).toEqual([]);
  });
});

describe('linesSpanned and brokenWords', () => {
  it('sees one line for a whole word and two for a word that broke', () => {
    expect(linesSpanned([box(0, 0, 80, 24)])).toBe(1);
    expect(linesSpanned([box(200, 0, 60, 24), box(0, 30, 60, 24)])).toBe(2);
  });

  it('treats boxes on the same line (a word in two pieces side by side) as one line, and ignores empty boxes', () => {
    expect(linesSpanned([box(0, 0, 40, 24), box(40, 2, 40, 22), box(90, 60, 0, 0)])).toBe(1);
  });

  it('names each broken word and where it is', () => {
    const words = [
      { word: 'Breath-anchor', where: 'h3 "Breath-anchor timer"', boxes: [box(200, 0, 60, 24), box(0, 30, 70, 24)] },
      { word: 'timer', where: 'h3 "Breath-anchor timer"', boxes: [box(80, 30, 50, 24)] },
    ];
    expect(brokenWords(words)).toEqual(['"Breath-anchor" in h3 "Breath-anchor timer"']);
  });
});

describe('headerBudget', () => {
  it('is 120 px at every tested width and refuses a width that is not one', () => {
    for (const w of [320, 360, 768, 1280, 1920]) expect(headerBudget(w)).toBe(120);
    expect(() => headerBudget(Number.NaN)).toThrow('received NaN');
  });
});
