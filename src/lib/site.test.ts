import { afterEach, describe, expect, it, vi } from 'vitest';
import { href } from './site';

afterEach(() => vi.unstubAllEnvs());

describe('href (the one base-path helper)', () => {
  it('gives root-relative paths when the site is served from /', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(href('/')).toBe('/');
    expect(href('')).toBe('/');
    expect(href('guides/')).toBe('/guides/');
    expect(href('/journal/')).toBe('/journal/');
  });

  it('puts the base path in front with one slash between, with or without a trailing slash on the base', () => {
    for (const base of ['/back/', '/back']) {
      vi.stubEnv('BASE_URL', base);
      expect(href('/')).toBe('/back/');
      expect(href('guides/red-flags/')).toBe('/back/guides/red-flags/');
      expect(href('/pagefind/pagefind.js')).toBe('/back/pagefind/pagefind.js');
    }
  });
});
