// The one place the engine journeys start the site's server: the built site (dist/), served by the
// site's own server (tools/lib/site-server.mjs) in this process, on port 4361 (ENGINES_PORT to change).
// The offline journey starts a second one on a free port the system picks, which it can stop (the
// network is gone).
import { startSiteServer } from '../../tools/lib/site-server.mjs';

const PORT = Number(process.env.ENGINES_PORT ?? 4361);

/**
 * Starts a server for the built site on ENGINES_PORT, or with `anyPort` on a free port.
 * @param {{ anyPort?: boolean }} [options]
 * @returns {Promise<{ url: string, stop(): Promise<void> }>}
 */
export async function startSite({ anyPort = false } = {}) {
  if (!anyPort && (await fetch(`http://localhost:${PORT}/`).then(() => true, () => false))) {
    throw new Error(`Something is already serving http://localhost:${PORT}/: stop it, or set ENGINES_PORT to a free port.`);
  }
  const server = await startSiteServer({ root: process.env.DIST_DIR ?? 'dist', port: anyPort ? 0 : PORT });
  const url = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
  /** Stops the server and drops open connections; resolves once nothing answers on the port. */
  const stop = () =>
    new Promise((done) => {
      server.close(() => done(undefined));
      server.closeAllConnections();
    });
  return { url, stop };
}
