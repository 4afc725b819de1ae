// Serves dist/ at http://localhost:4321 (PORT to change), as a static host or CDN would: directory
// indexes, the 404 page, the headers of dist/_headers, and gzip or brotli when the browser asks.
// Usage: node scripts/serve.mjs [--no-compress] [--quiet]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const compress = !process.argv.includes('--no-compress');
const quiet = process.argv.includes('--quiet');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest']);

/** Headers for every response, read from dist/_headers (the "/*" block) if present. */
async function siteHeaders() {
  try {
    const text = await readFile(join(root, '_headers'), 'utf8');
    const headers = {};
    let inAll = false;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      if (!/^\s/.test(line)) inAll = line.trim() === '/*';
      else if (inAll) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
      }
    }
    return headers;
  } catch {
    return {};
  }
}

async function findFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

const headers = await siteHeaders();
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  // Redirect /guides/x to /guides/x/ as static hosts do for directory pages.
  if (!url.pathname.endsWith('/') && !extname(url.pathname)) {
    const dir = await findFile(url.pathname + '/');
    if (dir) {
      res.writeHead(301, { Location: url.pathname + '/' + url.search });
      res.end();
      return;
    }
  }
  let file = await findFile(url.pathname);
  let status = 200;
  if (!file) {
    file = join(root, '404.html');
    status = 404;
  }
  let body;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
    return;
  }
  const ext = extname(file);
  const out = { ...headers, 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (compress && COMPRESSIBLE.has(ext)) {
    if (/\bbr\b/.test(accept)) {
      body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      out['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept)) {
      body = gzipSync(body, { level: 9 });
      out['Content-Encoding'] = 'gzip';
    }
  }
  out['Content-Length'] = body.length;
  res.writeHead(status, out);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, () => {
  if (!quiet) console.log(`Listening Back is being served at http://localhost:${port}/ (Ctrl+C to stop)`);
});
