import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { launchBrowser } from './browser.mjs';
import { buildSite } from './build.mjs';
import { medianLighthouse } from './lighthouse.mjs';
import { measurePage } from './page-weight.mjs';
import { TMP } from './paths.mjs';
import { freePort } from './port.mjs';
import { measureSearch } from './search-speed.mjs';
import { serve } from './server.mjs';
import { folderSize } from './sizes.mjs';
import { sitemapPaths } from './sitemap.mjs';
import { withTimeout } from './timeout.mjs';

/** Lighthouse runs on these, if the sitemap has them, and on every other page that holds an island. */
const LIGHTHOUSE_PAGES = [
  '/',
  '/guides/why-it-works/',
  '/guides/breath-anchoring/',
  '/guides/signs-you-might-benefit/',
  '/guides/pendulation/',
  '/guides/interoceptive-journaling/',
  '/journal/',
];

const step = (text) => console.log(`· ${text}`);

/**
 * The whole site benchmark: build, serve, weigh every page, time search, run Lighthouse.
 * @param {{ lighthouseRuns: number }} options
 */
export async function benchSite({ lighthouseRuns }) {
  const port = await freePort();
  const outDir = join(TMP, 'dist');
  const cacheDir = join(TMP, 'cache');
  await rm(cacheDir, { recursive: true, force: true });
  step('Building the site (cold cache) into bench/tmp/dist …');
  // The site URL matches the bench server, so canonical links and the sitemap point at what is served.
  const build = await buildSite({ name: 'build', outDir, cacheDir, env: { SITE_URL: `http://127.0.0.1:${port}` } });
  const dist = await folderSize(outDir);
  const pagefind = await folderSize(join(outDir, 'pagefind'));
  const paths = await sitemapPaths(outDir);

  const server = await serve(outDir, port);
  try {
    const browser = await launchBrowser();
    const pages = [];
    let search;
    try {
      for (const path of paths) {
        step(`Loading ${path}`);
        pages.push(await withTimeout(measurePage(browser, server.origin, path), 90_000, `Loading ${path}`));
      }
      step('Timing search (5 words, a fresh page each) …');
      search = await withTimeout(measureSearch(browser, server.origin, '/'), 180_000, 'Timing search');
    } finally {
      await browser.close();
    }
    const widgetPaths = pages.filter((p) => p.kind === 'widget').map((p) => p.path);
    const lighthousePaths = paths.filter((p) => LIGHTHOUSE_PAGES.includes(p) || widgetPaths.includes(p));
    const lighthouse = [];
    for (const path of lighthousePaths) {
      step(`Lighthouse ${path} (median of ${lighthouseRuns})`);
      lighthouse.push({ ...(await medianLighthouse(server.origin + path, lighthouseRuns)), kind: pages.find((p) => p.path === path)?.kind });
    }
    return {
      origin: server.origin,
      build: { ms: build.ms, distBytes: dist.bytes, distFiles: dist.files, pagefindBytes: pagefind.bytes, pagefindFiles: pagefind.files },
      pages,
      search,
      lighthouse,
    };
  } finally {
    await server.stop();
  }
}
