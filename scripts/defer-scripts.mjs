// After the build: nothing but the HTML stands between a reader and the first paint.
// Astro writes each page's bundled scripts as <script type="module" src="…">. A module script does not
// block the parser, but Chromium runs it, and fetches what it imports, before it paints a small page,
// so on a slow phone the page script (and its preload helper) held back the first paint by about
// 0.16 s (Lighthouse, simulated slow 4G). Each such tag becomes an inline module that imports the same
// file once the page has loaded and its first contentful paint is on screen (src/lib/after-paint.mjs).
// What the scripts do (search on focus, the /search/ page's results) comes just after; the page shows
// its text first. The theme choice and search shortcuts do not wait: they are in the head script.
// write-headers.mjs then puts each inline script's hash into the page's Content-Security-Policy.
import { readFile, writeFile } from 'node:fs/promises';
import { afterFirstPaint } from '../src/lib/after-paint.mjs';
import { htmlFiles } from './lib/html-files.mjs';

const dist = process.env.OUT_DIR ?? 'dist';
const MODULE_TAG = /<script type="module" src="([^"]+)"><\/script>/g;

/** The inline module that replaces `<script type="module" src>`: import after the first paint. */
const afterPaint = (src) => `(${afterFirstPaint})(()=>import(${JSON.stringify(src)}))`;

let pages = 0;
let tags = 0;
for (const file of await htmlFiles(dist)) {
  const html = await readFile(file, 'utf8');
  let found = 0;
  const out = html.replace(MODULE_TAG, (_, src) => {
    found += 1;
    return `<script type="module">${afterPaint(src)}</script>`;
  });
  if (!found) continue;
  await writeFile(file, out);
  pages += 1;
  tags += found;
}
console.log(`Scripts: ${tags} module script(s) on ${pages} page(s) now load after the first paint`);
