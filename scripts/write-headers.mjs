// After the build, two jobs on dist/:
// 1. Every inline <style> and <script> a page carries gets its hash into that page's CSP <meta>. Astro
//    hashes most of them itself, but not the styles of islands that a guide's MDX brings in (Astro 7.3)
//    nor the scripts defer-scripts.mjs writes. We inline all CSS (build.inlineStylesheets: 'always') so
//    a page paints without waiting for a file.
// 2. dist/_headers gets a Content-Security-Policy header (for hosts that read it, such as Netlify and
//    Cloudflare Pages): the union of every page's policy, plus frame-ancestors, which only a header can set.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlFiles } from './lib/html-files.mjs';

const dist = process.env.OUT_DIR ?? 'dist';
const META = /<meta http-equiv="content-security-policy" content="([^"]+)">/;

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

/** Adds the hash of each inline text to a directive; returns how many were new. */
function allow(policy, directive, texts) {
  const sources = policy.get(directive) ?? new Set(["'self'"]);
  const before = sources.size;
  for (const text of texts) sources.add(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  policy.set(directive, sources);
  return sources.size - before;
}

/** @type {Map<string, Set<string>>} */
const union = new Map();
let added = 0;
for (const file of await htmlFiles(dist)) {
  let html = await readFile(file, 'utf8');
  const meta = html.match(META);
  if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?)`);
  const policy = parsePolicy(meta[1]);
  added += allow(policy, 'style-src', [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  added += allow(policy, 'script-src', scripts.filter((js) => js.trim()));
  html = html.replace(META, `<meta http-equiv="content-security-policy" content="${printPolicy(policy)}">`);
  await writeFile(file, html);
  for (const [name, sources] of policy) union.set(name, new Set([...(union.get(name) ?? []), ...sources]));
}
union.set('frame-ancestors', new Set(["'none'"]));
const headersFile = join(dist, '_headers');
const existing = await readFile(headersFile, 'utf8');
await writeFile(headersFile, existing.replace('/*\n', `/*\n  Content-Security-Policy: ${printPolicy(union)}\n`));
console.log(`CSP: ${added} inline style and script hash(es) added to pages; header written to ${headersFile}`);
