/**
 * Checks over content/guides as written: every required guide exists, reads at grade 9 or lower,
 * cites its sources, and holds no overclaim or placeholder. Prints a table of grades.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure, mdxToProse } from './readability';
import { redFlags } from './red-flags-as-written';

const DIR = 'content/guides';

/** The fifteen guides of the content brief. */
const REQUIRED = [
  'what-is-interoception',
  'signs-you-might-benefit',
  'why-it-works',
  'trauma-informed-practice',
  'body-scan',
  'somatic-tracking',
  'breath-anchoring',
  'pendulation',
  'micro-movement-mapping',
  'interoceptive-journaling',
  'trauma-and-body-awareness',
  'movement-therapies',
  'common-mistakes',
  'daily-ritual',
  'red-flags',
  'what-to-expect',
  'getting-help',
  'is-this-right-for-me',
  'flares-and-setbacks',
];


/** Claims we never make, and words that mark unfinished work. */
const FORBIDDEN = [
  /\bcures?\b/i,
  /\bcured\b/i,
  /\bheals?\b/i,
  /\bhealing\b/i,
  /\bproven\b/i,
  /\bguarantee/i,
  /\bmiracle/i,
  /pain-free in \d+/i,
  /\breset(s)? your vagus/i,
  /\blorem\b/i,
  /\bipsum\b/i,
  /\bTODO\b/,
  /\bTBD\b/,
  /coming soon/i,
  /placeholder/i,
];

const files = readdirSync(DIR).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
const read = (slug: string) => readFileSync(join(DIR, `${slug}.mdx`), 'utf8');

/** The practice guides: every guide in a practice section (as the journal's practice list is derived). */
const PRACTICES = files.map((f) => f.replace(/\.mdx$/, '')).filter((slug) => /^section: (core|advanced)-practices$/m.test(read(slug)));

describe('content/guides', () => {
  it('holds every guide of the brief', () => {
    const slugs = files.map((f) => f.replace(/\.mdx$/, ''));
    expect(REQUIRED.filter((s) => !slugs.includes(s))).toEqual([]);
  });

  it('reads at Flesch-Kincaid grade 8 or lower', () => {
    const rows = files.map((f) => {
      const r = measure(mdxToProse(readFileSync(join(DIR, f), 'utf8')));
      return { guide: f.replace(/\.mdx$/, ''), words: r.words, grade: r.grade, 'over 20 words': r.longSentences };
    });
    console.table(rows);
    expect(rows.filter((r) => !(r.grade <= 8)).map((r) => `${r.guide}: grade ${r.grade}`)).toEqual([]);
  });

  it.each(files)('%s cites at least two linked sources', (file) => {
    const frontmatter = readFileSync(join(DIR, file), 'utf8').split('\n---')[0] ?? '';
    const urls = frontmatter.match(/^\s+url:\s*https:\/\/\S+/gm) ?? [];
    expect(urls.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s makes no overclaim and holds no placeholder', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const hits = FORBIDDEN.flatMap((re) => text.match(re) ?? []);
    expect(hits).toEqual([]);
  });

  it('finds the practice guides by their section', () => {
    expect(PRACTICES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(PRACTICES)('practice %s has every part a practice guide needs', (slug) => {
    const text = read(slug);
    for (const heading of ['Who it may suit', 'How long it takes', 'What you need', 'What you might notice', 'How to stop and ground yourself', 'Common questions']) {
      expect(text, heading).toMatch(new RegExp(`^##+ ${heading}`, 'm'));
    }
    // Numbered steps: written in the guide, or its practice script listed by <PracticeSteps> (see practice-player/scripts.test.ts).
    expect(text, 'numbered steps').toMatch(/^1\. .+\n+2\. |^<PracticeSteps practice="[a-z-]+" \/>$/m);
    expect(text, 'link to red flags').toContain('/guides/red-flags/');
  });

  it('red flags show both care cards first, from the one red-flag source, and copy no list of signs', () => {
    const raw = read('red-flags');
    expect(raw).toMatch(/^careCardsFirst: true$/m);
    const signs = [...redFlags.emergency.groups, ...redFlags.urgent.groups].flatMap((g) => g.signs);
    const copies = files.flatMap((f) => signs.filter((sign) => readFileSync(join(DIR, f), 'utf8').includes(sign)).map((sign) => `${f}: ${sign}`));
    expect(copies).toEqual([]);
  });
});
