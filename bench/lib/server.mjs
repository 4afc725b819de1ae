import { startSiteServer } from '../../tools/lib/site-server.mjs';

/**
 * Serves a built site with the site's own server (tools/lib/site-server.mjs: brotli or gzip, as a CDN
 * would) on 127.0.0.1:port, in this process.
 * @param {string} distDir absolute path of the built site
 * @param {number} port
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function serve(distDir, port) {
  const server = await startSiteServer({ root: distDir, port, host: '127.0.0.1' });
  const stop = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve(undefined));
    });
  return { origin: `http://127.0.0.1:${port}`, stop };
}
