import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheOptions, serviceWorkerOptions } from './service-worker-options.mjs';

// A small built site with the kinds of files dist/ holds.
const dist = mkdtempSync(join(tmpdir(), 'lb-sw-'));
const files: Record<string, string> = {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Page not found</h1>',
  'guides/body-scan/index.html': '<h1>Body scan</h1>',
  '_astro/BreathTimer.BgHPFgh6.js': 'export{}',
  'manifest.webmanifest': '{}',
  'icons/icon-192.png': 'png',
  'pagefind/pagefind.js': 'js',
  'pagefind/pagefind-worker.js': 'js',
  'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 1 } } }),
  'pagefind/pagefind.en_407d0e1e12.pf_meta': 'meta',
  'pagefind/index/en_771a47c.pf_index': 'index',
  'pagefind/fragment/en_14ff80c.pf_fragment': 'fragment',
  'pagefind/filter/en_9fd89cb.pf_filter': 'filter',
  'pagefind/wasm.en.pagefind': 'wasm',
  'pagefind/wasm.unknown.pagefind': 'wasm',
  'pagefind/pagefind-ui.js': 'ui',
  'pagefind/pagefind-ui.css': 'ui',
  'pagefind/pagefind-component-ui.js': 'ui',
  'pagefind/pagefind-modular-ui.css': 'ui',
  'pagefind/pagefind-highlight.js': 'ui',
  '_headers': '/*',
  'robots.txt': 'User-agent: *',
  'sitemap.xml': '<urlset/>',
  'sw.js': 'old worker',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the precache', () => {
  it('holds every page, script, icon and what search needs, and nothing a reader never loads', async () => {
    const { manifestEntries, warnings } = await getManifest(precacheOptions(dist));
    expect(warnings).toEqual([]);
    expect(manifestEntries!.map((e) => e.url).sort()).toEqual([
      '404.html',
      '_astro/BreathTimer.BgHPFgh6.js',
      'guides/body-scan/index.html',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'pagefind/filter/en_9fd89cb.pf_filter',
      'pagefind/fragment/en_14ff80c.pf_fragment',
      'pagefind/index/en_771a47c.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.en_407d0e1e12.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  it('gives a revision from the contents to files whose name does not change with them', async () => {
    const { manifestEntries } = await getManifest(precacheOptions(dist));
    const revisioned = manifestEntries!.filter((e) => e.revision).map((e) => e.url).sort();
    expect(revisioned).toEqual([
      '404.html',
      'guides/body-scan/index.html',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  it('keeps the unknown-language search program when an index needs it', async () => {
    writeFileSync(join(dist, 'pagefind/pagefind-entry.json'), JSON.stringify({ languages: { en: { wasm: 'en' }, cy: { wasm: null } } }));
    const { manifestEntries } = await getManifest(precacheOptions(dist));
    expect(manifestEntries!.map((e) => e.url).filter((u) => u.includes('wasm.')).sort()).toEqual(['pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind']);
  });
});

describe('the worker', () => {
  it('waits for the reader before taking over, inlines Workbox, and ignores queries on static pages', () => {
    const options = serviceWorkerOptions(dist);
    expect(options).toMatchObject({ swDest: join(dist, 'sw.js'), skipWaiting: false, clientsClaim: true, inlineWorkboxRuntime: true, mode: 'production' });
    expect(options.ignoreURLParametersMatching!.every((re) => re.test('q') && re.test('ts') && re.test('highlight'))).toBe(true);
  });
});
