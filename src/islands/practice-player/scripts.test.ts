/**
 * Checks over the practice scripts as written (content/practices/*.yaml): one for each practice
 * guide and one for the flare page's settle, in the house voice (grade 8 or lower, short sentences,
 * no promises), each opening with how to stop and closing by grounding, and each shown as the
 * written script where it runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measure, sentencesOf, wordsOf } from '../../lib/readability';
import { loadScripts } from './test-scripts';

const scripts = loadScripts();
const GUIDES = ['body-scan', 'somatic-tracking', 'micro-movement-mapping', 'breath-anchoring', 'pendulation'];
/** Scripts that run somewhere other than their own guide: the settle on /flare/. */
const SETTLE = 'settle';
const ALL = [...GUIDES, SETTLE];
const texts = (slug: string) => [...scripts[slug]!.steps.map((s) => s.text), scripts[slug]!.grounding];

describe('content/practices', () => {
  it('holds a script for each of the five practice guides and the flare page\'s settle, and nothing else', () => {
    expect(Object.keys(scripts).sort()).toEqual([...ALL].sort());
  });

  it.each(ALL)('%s reads at grade 8 or lower, in sentences of 20 words or fewer', (slug) => {
    const prose = texts(slug).join('\n\n');
    expect(measure(prose).grade).toBeLessThanOrEqual(8);
    expect(sentencesOf(prose).filter((s) => wordsOf(s).length > 20)).toEqual([]);
  });

  it.each(ALL)('%s promises nothing and invites rather than pushes', (slug) => {
    const prose = texts(slug).join(' ');
    expect(prose.match(/\b(cures?|heals?|healing|proven|guarantee\w*|must|should|have to|try harder)\b/gi)).toBeNull();
  });

  it.each(ALL)('%s opens with how to stop, and closes and stops by grounding', (slug) => {
    const { steps, grounding } = scripts[slug]!;
    expect(steps[0]!.text).toBe('You can stop at any time. To stop, open your eyes, feel your feet and look around the room.');
    expect(steps.at(-1)!.text).toMatch(/look around/);
    expect(grounding).toMatch(/^You have stopped, and that is fine\./);
    expect(grounding).toMatch(/see/);
  });

  it.each(GUIDES)('%s is the written script on its guide, under its own heading', (slug) => {
    const mdx = readFileSync(`content/guides/${slug}.mdx`, 'utf8');
    expect(mdx).toMatch(new RegExp(`^## The practice, step by step\\n[\\s\\S]*?<PracticeSteps practice="${slug}" />`, 'm'));
  });

  it('the settle is two minutes on /flare/, written out there for two minutes, and offers five more', () => {
    expect(scripts[SETTLE]).toMatchObject({ lengths: [2, 5], defaultMinutes: 2 });
    const page = readFileSync('src/pages/flare.astro', 'utf8');
    expect(page).toContain(`<PracticeSteps practice="${SETTLE}" minutes={2} />`);
  });
});
