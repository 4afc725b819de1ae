import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, TMP } from './paths.mjs';

/**
 * Builds the site with `npm run build` into its own folder and times it, wall clock, from start to the
 * last step (astro build, pagefind, headers). Output goes to bench/tmp/<name>.log, shown only on failure.
 * @param {{ name: string, outDir: string, cacheDir: string, env?: Record<string, string> }} options
 * @returns {Promise<{ ms: number, log: string }>}
 */
export async function buildSite({ name, outDir, cacheDir, env = {} }) {
  await mkdir(TMP, { recursive: true });
  await rm(outDir, { recursive: true, force: true });
  const log = join(TMP, `${name}.log`);
  const out = createWriteStream(log);
  const started = performance.now();
  const code = await new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.once('error', reject);
    child.once('close', resolve);
  });
  const ms = performance.now() - started;
  await new Promise((r) => out.end(r));
  if (code !== 0) {
    const tail = (await readFile(log, 'utf8')).split('\n').slice(-30).join('\n');
    throw new Error(`npm run build (${name}) failed with code ${code}. Last lines of ${log}:\n${tail}`);
  }
  return { ms, log };
}
