// Draws the installed app's icons (public/icons/*.png) from the site icon's SVG (src/lib/favicon.ts),
// rendered by the same Chromium the end-to-end tests use, so it works offline. The PNGs are committed:
// run this only when the icon changes.
// Usage: npm run icons
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser.mjs';
import { iconSvg } from '../src/lib/favicon.ts';

const OUT = join(import.meta.dirname, '..', 'public', 'icons');
/** File name, size in pixels and shape of each icon the web app manifest lists. */
const ICONS = /** @type {const} */ ([
  ['icon-192.png', 192, 'rounded'],
  ['icon-512.png', 512, 'rounded'],
  ['icon-maskable-512.png', 512, 'maskable'],
]);

const found = findChromium();
if (!found) {
  console.error('No Chromium found: see tools/ensure-browser.mjs, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
try {
  await mkdir(OUT, { recursive: true });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [file, size, shape] of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0">${iconSvg(shape, size)}</body>`);
    // The rounded icon keeps its transparent corners; the maskable one is opaque to the edge.
    await page.screenshot({ path: join(OUT, file), omitBackground: true });
    console.log(`public/icons/${file}: ${size} × ${size}, ${shape}`);
  }
} finally {
  await browser.close();
}
