import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Paths ("/guides/x/") of every page listed in a built site's sitemap.xml. */
export async function sitemapPaths(distDir) {
  const xml = await readFile(join(distDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  if (!paths.length) throw new Error(`${join(distDir, 'sitemap.xml')} lists no pages (expected <loc> entries)`);
  return paths;
}
