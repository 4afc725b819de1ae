// Prints word count, grade and long sentences for each guide (or the files named): npm run readability [files]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measure, mdxToProse, sentencesOf, wordsOf } from '../src/lib/readability.ts';

const dir = 'content/guides';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).map((f) => join(dir, f));
for (const file of files) {
  const prose = mdxToProse(readFileSync(file, 'utf8'));
  const r = measure(prose);
  console.log(`${file.padEnd(48)} words ${String(r.words).padStart(5)}  grade ${r.grade.toFixed(1).padStart(4)}  long ${r.longSentences}`);
  if (process.env.VERBOSE) for (const s of sentencesOf(prose)) if (wordsOf(s).length > 20) console.log('   long:', s);
}
