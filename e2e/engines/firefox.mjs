// Firefox ESR through puppeteer-core over WebDriver BiDi (shared/toolchain.md: Playwright cannot drive
// ESR and geckodriver cannot be installed here). One browser per run, a fresh browser context (own
// storage) per journey.
import puppeteer from 'puppeteer-core';
import { watchPage } from './in-page.mjs';

/**
 * @param {{ executablePath: string, viewport: { width: number, height: number }, downloads: string }} options
 */
export async function startFirefox({ executablePath, viewport, downloads }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // Scrollbars over the page, as on a phone: otherwise a classic scrollbar takes 12 of the 360 px.
      'ui.useOverlayScrollbars': 1,
      // Save downloads straight into `downloads`, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  return {
    version: await browser.version(),
    /** @returns {Promise<import('./page.mjs').Adapter & { close(): Promise<void> }>} */
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      // Before any of the page's own scripts, in every document this tab opens. The same watcher as in
      // WebKit (whose driver has no console): the engines are judged alike.
      await page.evaluateOnNewDocument(watchPage);
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        run: (source, args) => page.evaluate(`(${source}).apply(null, ${JSON.stringify(args)})`),
        handle: async (source, args) => (await page.evaluateHandle(`(${source}).apply(null, ${JSON.stringify(args)})`)).asElement(),
        click: (el) => el.click(),
        type: (el, text) => el.type(text),
        select: async (el, label) => {
          const value = await el.evaluate((s, l) => [...s.options].find((o) => o.label === l)?.value, label);
          if (value === undefined) throw new Error(`No option "${label}"`);
          await el.select(value);
        },
        press: (key) => page.keyboard.press(key),
        beforeScripts: async (source) => void (await page.evaluateOnNewDocument(`(${source})()`)),
        // WebDriver BiDi's emulation.setNetworkConditions: navigator.onLine turns false and requests fail.
        setOffline: (offline) => page.setOfflineMode(offline),
        screenshot: async (file) => void (await page.screenshot({ path: /** @type {`${string}.png`} */ (file) })),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
