// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { completeCsp } from './src/integrations/complete-csp.ts';

/** Adds `client:painted` (src/lib/painted-directive.ts): hydrate just after the first paint. */
const clientPainted = {
  name: 'listening-back:client-painted',
  hooks: {
    /** @param {{ addClientDirective: (d: { name: string, entrypoint: string }) => void }} options */
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'painted', entrypoint: './src/lib/painted-directive.ts' });
    },
  },
};

// Set SITE_URL and BASE_PATH when deploying under another address or a sub-folder.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// OUT_DIR and ASTRO_CACHE_DIR let several builds run side by side (benchmarks, parallel work).
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir,
  cacheDir,
  integrations: [mdx(), preact(), clientPainted, completeCsp()],
  // All CSS inline: a page paints without waiting for a stylesheet. The complete-csp integration adds
  // the hashes Astro misses (island styles brought in by MDX, the is:inline head script) to each page's policy.
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The offline copy: the service worker (and Pagefind's search worker), and the web app manifest.
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
  devToolbar: { enabled: false },
});
