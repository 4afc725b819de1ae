import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The built site folder (DIST_DIR or dist/). */
export const DIST = resolve(import.meta.dirname, '..', process.env.DIST_DIR ?? 'dist');

/** Every HTML file in the built site, as paths relative to it. */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [relative(DIST, path)] : [];
  });
}

/** The ids in an HTML document. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Internal href values in an HTML document (site paths and #anchors), without external links. */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((h) => !/^(https?:|mailto:|tel:|sms:|data:|blob:)/.test(h));
}

/** The file a site path resolves to, or null: /a/ → a/index.html, /a.xml → a.xml. */
export function fileForPath(pathname: string): string | null {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, join(clean, 'index.html')];
  for (const c of candidates) {
    const full = join(DIST, c);
    if (existsSync(full) && statSync(full).isFile()) return c;
  }
  return null;
}

/** Every broken internal link or anchor across the built site, as "page → href: reason". */
export function brokenLinks(): string[] {
  const pages = htmlFiles();
  const html = new Map(pages.map((p) => [p, readFileSync(join(DIST, p), 'utf8')]));
  const problems: string[] = [];
  for (const [page, text] of html) {
    const pagePath = '/' + page.replace(/index\.html$/, '');
    for (const link of internalLinks(text)) {
      const url = new URL(link, `http://site${pagePath}`);
      const target = fileForPath(url.pathname);
      if (!target) {
        problems.push(`${page} → ${link}: no such page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html')) {
        const targetHtml = html.get(target) ?? readFileSync(join(DIST, target), 'utf8');
        if (!idsOf(targetHtml).has(anchor)) problems.push(`${page} → ${link}: no element with id "${anchor}"`);
      }
    }
  }
  return problems;
}
