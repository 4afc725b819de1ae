import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { buildSite } from './build.mjs';
import { TMP } from './paths.mjs';
import { freePort } from './port.mjs';
import { writeScaleContent } from './scale-content.mjs';
import { measureSearch } from './search-speed.mjs';
import { serve } from './server.mjs';
import { withTimeout } from './timeout.mjs';
import { folderSize, pagefindIndexSize } from './sizes.mjs';

/** Synthetic guides added to the real ones at each step; 0 is the real content alone, as a baseline. */
export const SCALE_STEPS = [0, 100, 1000];

/** Each step builds this many times (cold cache each time) and keeps the fastest, to damp machine noise. */
const BUILDS_PER_STEP = 2;

/** Times search on a built site, as the site benchmark does, to see what a bigger index costs a reader. */
async function searchOn(outDir) {
  const server = await serve(outDir, await freePort());
  try {
    const browser = await launchBrowser();
    try {
      return await withTimeout(measureSearch(browser, server.origin, '/'), 180_000, 'Timing search');
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

/** Builds the site at each step (cold cache) and reports build time, Pagefind's size and search speed. */
export async function benchScale() {
  const runs = [];
  for (const synthetic of SCALE_STEPS) {
    const name = `content-${synthetic}`;
    const contentDir = join(TMP, name);
    const guides = await writeScaleContent(contentDir, synthetic);
    const outDir = join(TMP, `dist-${synthetic}`);
    const cacheDir = join(TMP, `cache-${synthetic}`);
    console.log(`· Building with ${guides} guides (${synthetic} synthetic), ${BUILDS_PER_STEP} times …`);
    const buildTimes = [];
    let build;
    for (let i = 0; i < BUILDS_PER_STEP; i++) {
      await rm(cacheDir, { recursive: true, force: true });
      build = await buildSite({ name: `build-${synthetic}`, outDir, cacheDir, env: { GUIDES_DIR: contentDir } });
      buildTimes.push(build.ms);
    }
    const log = await readFile(build.log, 'utf8');
    const pagefind = await folderSize(join(outDir, 'pagefind'));
    const search = await searchOn(outDir);
    runs.push({
      guides,
      synthetic,
      buildMs: Math.min(...buildTimes),
      buildTimes,
      pagesIndexed: Number(log.match(/Indexed (\d+) pages/)?.[1] ?? NaN),
      wordsIndexed: Number(log.match(/Indexed (\d+) words/)?.[1] ?? NaN),
      pagefindBytes: pagefind.bytes,
      pagefindFiles: pagefind.files,
      pagefindIndexBytes: await pagefindIndexSize(join(outDir, 'pagefind')),
      distBytes: (await folderSize(outDir)).bytes,
      search,
    });
    // Keep the disk tidy: the figures are taken, and the 1,000-guide output and cache are large.
    await rm(outDir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
  return { steps: SCALE_STEPS, runs };
}
