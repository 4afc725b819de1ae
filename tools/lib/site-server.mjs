// The static server for `npm start` and the tests: dist/ served as a static host or CDN would, by two
// maintained packages, sirv (files, ETags, directory indexes) and compression (brotli or gzip as the
// browser asks), with the headers of dist/_headers, the 404 page, a redirect to the trailing slash, and
// a 400 for a URL that cannot be decoded. Nothing a request sends can stop the server.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { constants } from 'node:zlib';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

/**
 * A request handler for the built site in `root`.
 * @param {string} root the folder astro build wrote (dist/)
 * @returns {import('node:http').RequestListener}
 */
export function siteHandler(root) {
  const dir = resolve(root);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run \`npm run build\` first.`);
  const headersFile = join(dir, '_headers');
  const blocks = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFoundFile = join(dir, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found\n');
  const setAll = (/** @type {import('node:http').ServerResponse} */ res, /** @type {string} */ path) => {
    for (const [name, value] of Object.entries(headersFor(blocks, path))) res.setHeader(name, value);
  };
  const files = sirv(dir, { etag: true, dotfiles: false, setHeaders: (res, path) => setAll(res, path) });
  // Brotli at quality 5: close to 11 in size for pages this small, at a fraction of the time.
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });

  return (req, res) => {
    const raw = (req.url ?? '/').split('?')[0] ?? '/';
    let path;
    try {
      path = decodeURIComponent(raw);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: the address could not be read.\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed.\n');
      return;
    }
    // /guides/x → /guides/x/, as static hosts do for a folder's page (the site's links end in "/").
    if (!raw.endsWith('/') && !extname(path) && !path.includes('\0') && existsSync(join(dir, path, 'index.html')) && resolve(dir, `.${path}`).startsWith(dir)) {
      const query = (req.url ?? '').slice(raw.length);
      res.writeHead(301, { Location: `${raw}/${query}` }).end();
      return;
    }
    compress(/** @type {any} */ (req), /** @type {any} */ (res), () => {
      files(req, res, () => {
        res.statusCode = 404;
        setAll(res, '/404.html');
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : notFound);
      });
    });
  };
}

/**
 * Starts the server; resolves once it listens.
 * @param {{ root: string, port: number, host?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function startSiteServer({ root, port, host }) {
  const server = createServer(siteHandler(root));
  // A client that sends a broken request gets a 400 from Node's parser; the server goes on.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}
