import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.mjs';
import { startSiteServer } from './site-server.mjs';

const PAGE = `<!doctype html><title>Home</title>${'<p>Plain words for tired readers.</p>'.repeat(80)}`;
let root: string;
let server: Server;
let origin: string;

/** Sends raw bytes and returns whatever comes back (empty if the socket closes with nothing). */
function raw(bytes: string | Buffer): Promise<string> {
  const { port } = server.address() as { port: number };
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let out = '';
    socket.on('data', (d) => (out += d.toString('latin1')));
    socket.on('close', () => done(out));
    socket.on('error', () => done(out));
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lb-site-'));
  mkdirSync(join(root, 'guides/body-scan'), { recursive: true });
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'guides/body-scan/index.html'), '<!doctype html><title>Body scan</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Page not found</title>');
  writeFileSync(join(root, '_headers'), "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: frame-ancestors 'none'\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, '_astro/page.abc.js'), 'export {};');
  server = await startSiteServer({ root, port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the site server', () => {
  it('serves a page with the headers of _headers, compressed as the browser asks', async () => {
    const res = await fetch(`${origin}/`, { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(await res.text()).toBe(PAGE);
    const js = await fetch(`${origin}/_astro/page.abc.js`);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('redirects a folder page to its trailing slash, keeping the query', async () => {
    const res = await fetch(`${origin}/guides/body-scan?q=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/guides/body-scan/?q=1');
  });

  it('answers a missing page with the 404 page and its headers', async () => {
    const res = await fetch(`${origin}/no-such-page/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('Page not found');
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    const res = await fetch(`${origin}/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });

  it('survives a fuzz of malformed, oversized and hostile requests', async () => {
    const attacks: (string | Buffer)[] = [
      'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /%%%% HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /guides%00/ HTTP/1.1\r\nHost: x\r\n\r\n',
      `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(200_000)}\r\n\r\n`,
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello',
      'NONSENSE\r\n\r\n',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'GET / HTTP/1.1\r\nHost: x\r\nAccept-Encoding: ' + 'br,'.repeat(5000) + '\r\n\r\n',
    ];
    for (let i = 0; i < 20; i++) attacks.push(`GET /${String.fromCharCode(37, 48 + (i % 10), 65 + i)}x HTTP/1.1\r\nHost: x\r\n\r\n`);
    const replies = await Promise.all(attacks.map(raw));
    for (const reply of replies) expect(reply).not.toMatch(/root:x:0:0/);
    expect(replies[2]).toMatch(/^HTTP\/1\.1 (400|404)/);
    expect(replies[7]).toMatch(/^HTTP\/1\.1 405/);
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
  });
});

describe('the _headers file', () => {
  it('applies every matching block, later ones winning', () => {
    const blocks = parseHeadersFile('/*\n  A: 1\n  B: 1\n/sw.js\n  B: 2\n');
    expect(headersFor(blocks, '/sw.js')).toEqual({ A: '1', B: '2' });
    expect(headersFor(blocks, '/guides/')).toEqual({ A: '1', B: '1' });
  });

  it('names a line that is not "Name: value"', () => {
    expect(() => parseHeadersFile('/*\n  broken line\n')).toThrow(/"broken line" is not "Name: value"/);
  });
});
