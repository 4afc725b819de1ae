import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Paths of every page in the built sitemap (dist/sitemap.xml, or DIST_DIR's). */
export function sitemapPaths(): string[] {
  const dist = resolve(import.meta.dirname, '..', process.env.DIST_DIR ?? 'dist');
  const xml = readFileSync(resolve(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
