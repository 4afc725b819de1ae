// What the service worker precaches and how it answers, for Workbox's generateSW (tools/service-worker.mjs).
// Kept apart so that the tests can list the same precache with Workbox's getManifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files in dist/ that a reader never needs: Pagefind's ready-made search interfaces and its
 * highlighter (the site has its own search and highlight code), the host's files, and the worker itself.
 */
const NOT_FOR_READERS = [
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
  '_headers',
  'robots.txt',
  'sitemap.xml',
  'sw.js',
];

/**
 * The Pagefind search programs (wasm.<language>.pagefind) that no index uses. Pagefind loads one per
 * index language, "unknown" for a language it has none for (pagefind.js: `index.wasm ? … : "unknown"`).
 * @param {string} dist
 */
function unusedSearchPrograms(dist) {
  /** @type {{ languages: Record<string, { wasm?: string | null }> }} */
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
  const used = new Set(Object.values(entry.languages).map((l) => l.wasm || 'unknown'));
  return [`pagefind/wasm.!(${[...used].join('|')}).pagefind`];
}

/**
 * The precache: every file of the built site (pages, scripts, styles, icons, the web app manifest and
 * Pagefind's index, program and worker) but those above. Workbox gives each file a revision from its
 * contents; files whose name already carries a content hash (Astro's /_astro/ files, Pagefind's
 * index chunks and metadata) are their own revision, so the worker may take them from the HTTP cache.
 * @param {string} dist the built site (dist/ or OUT_DIR)
 */
export function precacheOptions(dist) {
  return {
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: [...NOT_FOR_READERS, ...unusedSearchPrograms(dist)],
    dontCacheBustURLsMatching: /^_astro\/|^pagefind\/(index|fragment|filter)\/|^pagefind\/pagefind\.[\w-]+\.pf_meta$/,
    // The largest file is about 60 kB; anything near Workbox's 2 MB limit would be a mistake to look at.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

/**
 * Everything generateSW needs. Updates never mix versions: a new worker installs its whole precache
 * beside the old one and then waits (no skipWaiting), so open pages keep the files of the version
 * they started with. It takes over only when the reader chooses "Reload" in the update notice
 * (src/offline/), which posts {type: 'SKIP_WAITING'}; the page then reloads, all from the new
 * version, and Workbox deletes the old files. clientsClaim lets the very first visit work offline
 * without a reload: there is no older version then to mix with.
 * @param {string} dist the built site (dist/ or OUT_DIR)
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function serviceWorkerOptions(dist) {
  return {
    ...precacheOptions(dist),
    swDest: join(dist, 'sw.js'),
    mode: 'production',
    // One file, with Workbox inside it: nothing is loaded from a CDN.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    cacheId: 'listening-back',
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // The pages are static, and their queries (?q=, ?highlight=, ?practice=) are read by the page's own
    // script, as on the server: /search/?q=breath is /search/ offline too. Pagefind's metadata request
    // (pagefind-entry.json?ts=…) matches its precached file the same way.
    ignoreURLParametersMatching: [/./],
    // A page the precache does not hold (an old bookmark) comes from the network; offline, the site's
    // own "page not found" page answers, with its search, instead of the browser's error.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
    // The browsers the site's CSS already needs (light-dark()): no transpiling for older ones.
    babelPresetEnvTargets: ['chrome >= 123', 'firefox >= 120', 'safari >= 17.5'],
  };
}
