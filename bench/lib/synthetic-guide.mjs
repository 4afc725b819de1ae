// Synthetic guides for the scale benchmark: valid frontmatter (src/schemas/guide.ts), plain MDX with no
// imports, and text whose vocabulary keeps growing with the number of guides, as real writing does
// (common words most of the time, rarer ones from a long tail), so the search index grows realistically.

const SECTIONS = ['start-here', 'core-practices', 'advanced-practices', 'going-further', 'safety'];

const COMMON = `the a and to of in your you it is that for with as on this can be may or when at what one
body breath back pain notice feel attention calm slow sense warmth pressure tension ease rest breathe
practice moment minutes gently settle stay place shift change light heavy still move curious kind steady
muscle spine hip shoulder belly chest floor chair seat hand foot neck jaw safe signal nervous system
often sometimes later before after again each day week small simple quiet soft open loose tight`.split(/\s+/);

const SYLLABLES = 'ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze'.split(' ');

/** A small seeded random generator (mulberry32), so the same guide count gives the same text. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The n-th word of an open-ended made-up vocabulary (n from 0): "bade", "bidelo", … */
function rareWord(n) {
  let word = '';
  let rest = n + SYLLABLES.length;
  while (rest > 0) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word;
}

function makeWriter(seed) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const between = (min, max) => min + Math.floor(rand() * (max - min + 1));
  // Four words in five are common; the rest follow a long tail (log-uniform rank over 50,000 words).
  const word = () => (rand() < 0.8 ? pick(COMMON) : rareWord(Math.floor(Math.exp(rand() * Math.log(50_000))) - 1));
  const words = (n) => Array.from({ length: n }, word).join(' ');
  const sentence = () => {
    const text = words(between(7, 16));
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = () => Array.from({ length: between(3, 6) }, sentence).join(' ');
  return { between, words, sentence, paragraph };
}

/**
 * One synthetic guide as MDX text.
 * @param {number} index from 1; also the seed
 * @returns {{ slug: string, text: string }}
 */
export function syntheticGuide(index) {
  const w = makeWriter(index);
  const slug = `synthetic-${String(index).padStart(4, '0')}`;
  const topic = w.words(3);
  const title = `Practice note ${index}: ${topic}`;
  const description = `A synthetic guide about ${w.words(4)}, written for the scale benchmark.`;
  const sections = Array.from({ length: w.between(4, 8) }, (_, i) => {
    const paragraphs = Array.from({ length: w.between(2, 4) }, w.paragraph).join('\n\n');
    return `## ${i + 1}. ${w.words(w.between(2, 4))}\n\n${paragraphs}`;
  });
  const text = [
    '---',
    `title: "${title}"`,
    `description: "${description}"`,
    `section: ${SECTIONS[index % SECTIONS.length]}`,
    `order: ${100 + index}`,
    'reviewed: 2026-01-01',
    // Every guide cites at least two sources (src/schemas/guide.ts).
    'sources:',
    '  - { title: "Low back pain and sciatica in over 16s", url: "https://www.nice.org.uk/guidance/ng59" }',
    '  - { title: "Back pain", url: "https://www.nhs.uk/conditions/back-pain/" }',
    'related: []',
    '---',
    '',
    w.paragraph(),
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
  return { slug, text };
}
