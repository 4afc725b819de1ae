// After the build: adds a Content-Security-Policy header to dist/_headers (for hosts that read it,
// such as Netlify and Cloudflare Pages). It is the union of every page's <meta> policy, so the
// header allows exactly the hashed inline scripts and styles the pages carry, plus frame-ancestors,
// which only a header can set.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.env.OUT_DIR ?? 'dist';

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** @type {Map<string, Set<string>>} directive name → sources */
const directives = new Map();
for (const file of await htmlFiles(dist)) {
  const html = await readFile(file, 'utf8');
  const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
  if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?)`);
  for (const part of meta[1].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const set = directives.get(name) ?? new Set();
    sources.forEach((s) => set.add(s));
    directives.set(name, set);
  }
}
directives.set('frame-ancestors', new Set(["'none'"]));
const policy = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
const headersFile = join(dist, '_headers');
const existing = await readFile(headersFile, 'utf8');
await writeFile(headersFile, existing.replace('/*\n', `/*\n  Content-Security-Policy: ${policy}\n`));
console.log(`Wrote the Content-Security-Policy header for ${directives.get('script-src')?.size ?? 0} script sources to ${headersFile}`);
