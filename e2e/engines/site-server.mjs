// The one place the engine journeys start the site's server: the built site (dist/), served as a
// static host would, on port 4361 (ENGINES_PORT to change).
import { spawn } from 'node:child_process';
import { until } from './page.mjs';

const PORT = Number(process.env.ENGINES_PORT ?? 4361);

/** Starts the server and waits until it answers. @returns {Promise<{ url: string, stop(): void }>} */
export async function startSite() {
  const url = `http://localhost:${PORT}/`;
  if (await fetch(url).then(() => true, () => false)) {
    throw new Error(`Something is already serving ${url}: stop it, or set ENGINES_PORT to a free port.`);
  }
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--quiet'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'inherit' });
  const stop = () => void server.kill();
  process.on('exit', stop);
  await until(() => fetch(url).then((r) => r.ok), `the site at ${url}`, 20_000);
  return { url, stop };
}
