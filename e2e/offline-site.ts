// Helpers for the offline spec: a site server that can be switched to another build or stopped (the
// reader goes offline), a second build with one guide changed, and the precache a build should leave.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import { join, resolve } from 'node:path';
// Only Workbox's manifest part: its package entry also loads the bundler, which Playwright's loader cannot link.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { writeScaleContent } from '../bench/lib/scale-content.mjs';
import { siteHandler } from '../tools/lib/site-server.mjs';
import { precacheOptions } from '../tools/lib/service-worker-options.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, 'e2e/.cache/offline');

/** A running site server on `port`, serving one built site at a time. */
export interface SwitchableSite {
  /** Serves another built site from now on (a deploy). */
  serve(root: string): void;
  /** Stops the server and drops open connections (the network is gone). */
  close(): Promise<void>;
}

/** Serves the built site in `root` on `port`, as tools/serve.mjs does. */
export async function startSite(root: string, port: number): Promise<SwitchableSite> {
  let handler: RequestListener = siteHandler(root);
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, done);
  });
  let closed: Promise<void> | null = null;
  return {
    serve: (next) => void (handler = siteHandler(next)),
    close: () => {
      closed ??= new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** The sentence the second build adds to one guide. */
export const CHANGED_GUIDE = { path: '/guides/what-is-interoception/', file: 'what-is-interoception.mdx', sentence: 'This sentence is new in the second build.' };

/**
 * Builds the site again with `npm run build` (Astro, Pagefind and the service worker) from a copy of
 * the guides in which one guide has a new last sentence. Resolves with the new dist folder.
 */
export async function buildWithChangedGuide(): Promise<string> {
  const guides = join(CACHE, 'guides');
  const outDir = join(CACHE, 'dist-next');
  await rm(outDir, { recursive: true, force: true });
  await writeScaleContent(guides, 0);
  const file = join(guides, CHANGED_GUIDE.file);
  await writeFile(file, `${await readFile(file, 'utf8')}\n${CHANGED_GUIDE.sentence}\n`);
  const log = join(CACHE, 'build-next.log');
  const out = createWriteStream(log);
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...process.env, GUIDES_DIR: guides, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(CACHE, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.once('error', fail);
    child.once('close', done);
  });
  await new Promise((done) => out.end(done));
  if (code !== 0) throw new Error(`The second build failed (code ${code}); see ${log}`);
  return outDir;
}

/**
 * The keys the service worker's precache should hold for a build, as the page sees them: the file's
 * address, with ?__WB_REVISION__= for files whose name does not change with their contents.
 */
export async function precacheKeys(dist: string, origin: string): Promise<string[]> {
  const { manifestEntries } = await getManifest(precacheOptions(dist));
  return manifestEntries!
    .map((e) => {
      const url = new URL(e.url, `${origin}/`);
      if (e.revision) url.searchParams.set('__WB_REVISION__', e.revision);
      return url.href;
    })
    .sort();
}
