import { describe, expect, it } from 'vitest';
import { completePolicy, hashSource } from './complete-policy';

const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{}</style></head><body>${body}</body></html>`;

describe('completePolicy', () => {
  it('adds the hash of an inline style or script the policy lacks, and nothing else', () => {
    const html = page(`default-src 'self'; style-src 'self' ${hashSource('a{}')}; script-src 'self'`, '<style>.bt{}</style><script>go()</script><script src="/x.js"></script>');
    const out = completePolicy(html, 'x.html');
    expect(out.added).toBe(2);
    expect(out.html).toContain(`style-src 'self' ${hashSource('a{}')} ${hashSource('.bt{}')}; script-src 'self' ${hashSource('go()')}"`);
    expect(out.html.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('returns the page byte for byte when every inline text is already hashed', () => {
    const html = page(`style-src 'self' ${hashSource('a{}')}`, '<p>Hello</p>');
    expect(completePolicy(html, 'x.html')).toEqual({ html, added: 0 });
  });

  it('names the file when a page has no policy', () => {
    expect(() => completePolicy('<html><head></head></html>', 'dist/x/index.html')).toThrow(/^dist\/x\/index\.html: no Content-Security-Policy <meta>/);
  });
});
