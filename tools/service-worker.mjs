// The last step of `npm run build`, after Astro and Pagefind: Workbox adds dist/sw.js (OUT_DIR/sw.js), a
// service worker that precaches the whole site so that it works offline after the first visit. It only
// adds that one file. What it precaches and why: tools/lib/service-worker-options.mjs.
// Usage: node tools/service-worker.mjs
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions } from './lib/service-worker-options.mjs';

const dist = resolve(process.env.OUT_DIR ?? 'dist');

try {
  const options = serviceWorkerOptions(dist);
  const { count, size, warnings } = await generateSW(options);
  // A warning means a file was left out of the precache (too large, say): the site would not be whole offline.
  if (warnings.length) throw new Error(`Workbox warned, so the offline copy would be incomplete:\n${warnings.join('\n')}`);
  // Workbox's own messages name a documentation link ("Learn more at https://bit.ly/…"), which is text,
  // never fetched; any other address would be a request to another site.
  const worker = (await readFile(options.swDest, 'utf8')).replace(/Learn more at https:\/\/bit\.ly\/[\w-]+/g, '');
  const offSite = worker.match(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\b/i);
  if (offSite || worker.includes('importScripts')) {
    throw new Error(`${options.swDest} must load nothing from elsewhere, but it contains "${offSite?.[0] ?? 'importScripts'}"`);
  }
  console.log(`sw.js: precaches ${count} files, ${(size / 1000).toFixed(0)} kB before compression`);
} catch (error) {
  console.error(`Could not write the service worker: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
