// The one place the engine journeys start the site's server: the built site (dist/), served by the
// site's own server (tools/lib/site-server.mjs) in this process, on port 4361 (ENGINES_PORT to change).
import { startSiteServer } from '../../tools/lib/site-server.mjs';

const PORT = Number(process.env.ENGINES_PORT ?? 4361);

/** Starts the server. @returns {Promise<{ url: string, stop(): void }>} */
export async function startSite() {
  const url = `http://localhost:${PORT}/`;
  if (await fetch(url).then(() => true, () => false)) {
    throw new Error(`Something is already serving ${url}: stop it, or set ENGINES_PORT to a free port.`);
  }
  const server = await startSiteServer({ root: process.env.DIST_DIR ?? 'dist', port: PORT });
  const stop = () => {
    server.closeAllConnections();
    server.close();
  };
  return { url, stop };
}
