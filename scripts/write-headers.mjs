// After the build, two jobs on dist/:
// 1. Every inline <style> a page carries gets its hash into that page's CSP <meta>. Astro hashes most
//    of them itself, but not the styles of islands that a guide's MDX brings in (Astro 7.3), and we
//    inline all CSS (build.inlineStylesheets: 'always') so a page paints without waiting for a file.
// 2. dist/_headers gets a Content-Security-Policy header (for hosts that read it, such as Netlify and
//    Cloudflare Pages): the union of every page's policy, plus frame-ancestors, which only a header can set.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.env.OUT_DIR ?? 'dist';
const META = /<meta http-equiv="content-security-policy" content="([^"]+)">/;

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Parses "a x y; b z" into a Map of directive → ordered set of sources. */
function parsePolicy(policy) {
  const map = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, new Set([...(map.get(name) ?? []), ...sources]));
  }
  return map;
}

const printPolicy = (map) => [...map].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** @type {Map<string, Set<string>>} */
const union = new Map();
let added = 0;
for (const file of await htmlFiles(dist)) {
  let html = await readFile(file, 'utf8');
  const meta = html.match(META);
  if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?)`);
  const policy = parsePolicy(meta[1]);
  const styleSrc = policy.get('style-src') ?? new Set(["'self'"]);
  for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    if (!styleSrc.has(hash)) {
      styleSrc.add(hash);
      added += 1;
    }
  }
  policy.set('style-src', styleSrc);
  html = html.replace(META, `<meta http-equiv="content-security-policy" content="${printPolicy(policy)}">`);
  await writeFile(file, html);
  for (const [name, sources] of policy) union.set(name, new Set([...(union.get(name) ?? []), ...sources]));
}
union.set('frame-ancestors', new Set(["'none'"]));
const headersFile = join(dist, '_headers');
const existing = await readFile(headersFile, 'utf8');
await writeFile(headersFile, existing.replace('/*\n', `/*\n  Content-Security-Policy: ${printPolicy(union)}\n`));
console.log(`CSP: ${added} inline style hash(es) added to pages; header written to ${headersFile}`);
