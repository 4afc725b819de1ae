import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT } from './paths.mjs';

const SERVE = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
const LOOPBACK = fileURLToPath(new URL('./loopback.mjs', import.meta.url));

/**
 * Serves a built site with scripts/serve.mjs (brotli or gzip, as a CDN would) on 127.0.0.1:port.
 * @param {string} distDir absolute path of the built site
 * @param {number} port
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function serve(distDir, port) {
  const child = spawn(process.execPath, ['--import', LOOPBACK, SERVE, '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, DIST_DIR: distDir, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`The bench server (scripts/serve.mjs, pid ${child.pid}) stopped unexpectedly: ${signal ?? `exit code ${code}`}`);
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`scripts/serve.mjs stopped (${child.signalCode ?? `exit code ${child.exitCode}`}) before serving ${origin}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stopping = true;
      child.kill();
      throw new Error(`scripts/serve.mjs did not answer on ${origin} within 10 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise((resolve) => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return { origin, stop };
}
