import { MOBILE } from './browser.mjs';
import { trackRequests } from './network.mjs';

/** Playwright resource types → the columns of the table. */
const KIND = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };

/** Bytes by kind, request count and off-origin requests for a set of request records. */
export function summarise(records, origin) {
  const bytes = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 };
  for (const r of records) {
    bytes[KIND[r.type] ?? 'other'] += r.bodyBytes;
    bytes.total += r.bodyBytes;
  }
  return {
    bytes,
    requests: records.length,
    headerBytes: records.reduce((sum, r) => sum + r.headerBytes, 0),
    otherOrigins: records.map((r) => r.url).filter((url) => new URL(url).origin !== origin),
    failed: records.filter((r) => !r.finished || r.status >= 400).map((r) => `${r.status || 'failed'} ${r.url}`),
  };
}

/** Scrolls down one screen at a time, so every `client:visible` island comes into view once. */
async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += Math.round(innerHeight * 0.8)) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
}

/**
 * Loads one page with a cold cache (a new browser context) on a phone-sized viewport and reports what
 * it received before any interaction: after `load` and 500 ms without a request in flight. Then it
 * scrolls to the end and reports the JavaScript again, which includes islands hydrated on `client:visible`.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:4400
 * @param {string} path e.g. /guides/body-scan/
 */
export async function measurePage(browser, origin, path) {
  const context = await browser.newContext({ ...MOBILE });
  try {
    const page = await context.newPage();
    const net = trackRequests(page);
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
    await net.idle();
    const onLoad = summarise([...net.records], origin);
    const onLoadRecords = new Set(net.records);
    const islands = await page.locator('astro-island').count();
    await scrollThrough(page);
    await net.idle();
    const scrolled = summarise([...net.records], origin);
    // Astro removes the ssr attribute once an island has hydrated.
    const notHydrated = await page.locator('astro-island[ssr]').count();
    return {
      path,
      kind: islands > 0 ? 'widget' : path.startsWith('/guides/') && path !== '/guides/' ? 'guide' : 'page',
      islands,
      ...onLoad,
      afterScroll: { jsBytes: scrolled.bytes.js, totalBytes: scrolled.bytes.total, requests: scrolled.requests, islandsNotHydrated: notHydrated },
      resources: net.records.map((r) => ({ url: r.url.replace(origin, ''), type: r.type, bytes: r.bodyBytes, onLoad: onLoadRecords.has(r) })),
    };
  } finally {
    await context.close();
  }
}
