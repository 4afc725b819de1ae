// WebKitGTK's MiniBrowser through selenium-webdriver and WebKitWebDriver, classic WebDriver only
// (shared/toolchain.md). WebKitGTK has no headless mode, so the driver runs under xvfb-run. One
// WebDriver session per run (starting one takes 2 to 7 s on a busy 2-core machine); after each
// journey the site's storage, service workers and caches are cleared, as a fresh session would have
// them, and the window is sized again (MiniBrowser's downloads bar takes room from the page).
//
// The driver has no console access and no way to add a script before the page's own, so the fault
// watcher (in-page.mjs) goes in as soon as the new document answers: navigation does not wait for
// load (pageLoadStrategy "none"), and the first script run in a new document installs it. On this
// site that comes before any script file is even requested (they wait for load and the first paint),
// and a blocked inline script at the end of the body is still caught; a fault earlier than that in
// the parse would be missed here (Firefox's watcher is in place before the first byte).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Key } from 'selenium-webdriver';
import { findFreePort } from 'selenium-webdriver/net/portprober.js';
import { watchPage } from './in-page.mjs';
import { LOAD_MS, until } from './page.mjs';

// MiniBrowser's toolbar keeps its window at least 447 px wide. Shrinking the toolbar's widgets
// through GTK's user stylesheet lets the window, and so the page, be 360 px wide.
const GTK_CSS = '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n';

const KEYS = { Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP };

/** Empties everything the site may keep in this browser. Runs in a page of the site. */
async function clearSite() {
  localStorage.clear();
  sessionStorage.clear();
  for (const r of (await navigator.serviceWorker?.getRegistrations()) ?? []) await r.unregister();
  for (const key of (await globalThis.caches?.keys()) ?? []) await caches.delete(key);
  for (const db of (await indexedDB.databases?.()) ?? []) if (db.name) indexedDB.deleteDatabase(db.name);
}

/**
 * @param {{ driverPath: string, xvfbRun: string, viewport: { width: number, height: number }, downloads: string, baseURL: string }} options
 */
export async function startWebKit({ driverPath, xvfbRun, viewport, downloads, baseURL }) {
  const home = await mkdtemp(join(tmpdir(), 'engines-webkit-'));
  await mkdir(join(home, 'config/gtk-3.0'), { recursive: true });
  await writeFile(join(home, 'config/gtk-3.0/gtk.css'), GTK_CSS);
  await writeFile(join(home, 'config/user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const port = await findFreePort();
  const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache') };
  // Its own process group, so that closing ends xvfb-run, Xvfb, the driver and its browsers together.
  const driver = spawn(xvfbRun, ['-a', driverPath, `--port=${port}`], { detached: true, stdio: 'ignore', env });
  const stop = () => {
    try {
      if (driver.pid) process.kill(-driver.pid);
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  const server = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${server}/status`)).ok, `WebKitWebDriver on port ${port}`, 20_000);
  const wd = await new Builder().usingServer(server).withCapabilities({ browserName: 'MiniBrowser', pageLoadStrategy: 'none' }).build();
  const version = `MiniBrowser (WebKitGTK ${(await wd.getCapabilities()).get('browserVersion')})`;

  /** Functions (source text) the journey asked to run in each new document, before the page's script files. */
  let inits = [];
  /** The fault watcher and the journey's init functions, for the first script run in a document. */
  const prelude = () => `(${watchPage})(); if (!window.__enginesInits) { window.__enginesInits = true; ${inits.map((f) => `(${f})();`).join(' ')} }`;
  /** Runs `source` (a function's text) with the prelude in place first. */
  const withWatch = (source) => `${prelude()} return (${source}).apply(null, arguments);`;

  /** Marks the document, runs `go`, then waits for a new document, watches it, and waits for load. */
  const navigate = async (go) => {
    await wd.executeScript('window.__enginesOld = true').catch(() => {});
    await go();
    await until(
      () => wd.executeScript(`if (window.__enginesOld || location.href === 'about:blank') return false; ${prelude()} return true;`),
      'the new document',
      LOAD_MS,
    );
    await until(() => wd.executeScript('return document.readyState === "complete"'), 'the load event', LOAD_MS);
  };

  /** @type {import('./page.mjs').Adapter & { close(): Promise<void> }} */
  const adapter = {
    goto: (url) => navigate(() => wd.get(url)),
    reload: () => navigate(() => wd.navigate().refresh()),
    run: (source, args) => wd.executeScript(withWatch(source), ...args),
    handle: (source, args) => wd.executeScript(withWatch(source), ...args),
    click: (el) => el.click(),
    type: (el, text) => el.sendKeys(text),
    select: async (el, label) => {
      // Classic WebDriver selects an option by clicking it (the spec's "option element" case).
      const option = await wd.executeScript('return [...arguments[0].options].find((o) => o.label === arguments[1]) ?? null', el, label);
      if (!option) throw new Error(`No option "${label}"`);
      await option.click();
    },
    press: (key) => wd.actions().sendKeys(KEYS[key] ?? key).perform(),
    // The driver cannot add a script before the page's own: they run with the watcher (see above).
    beforeScripts: async (source) => void inits.push(source),
    // Classic WebDriver has no network emulation, and WebKitWebDriver no extension for it.
    setOffline: null,
    screenshot: async (file) => writeFile(file, Buffer.from(await wd.takeScreenshot(), 'base64')),
    // A journey ends in a plain-text page of the site (so no page script writes anything after),
    // where the site's storage is emptied for the next one.
    close: async () => {
      inits = [];
      await adapter.goto(new URL('robots.txt', baseURL).href);
      await wd.executeScript(`return (${clearSite})()`);
      await wd.manage().deleteAllCookies();
    },
  };

  return {
    version,
    async newPage() {
      // Size the window so that the page gets the viewport: outer size minus inner size is the chrome.
      // (A window that has just opened may not have its sizes yet: wait for them.)
      await until(async () => {
        const [iw, ih, ow, oh] = await wd.executeScript('return [innerWidth, innerHeight, outerWidth, outerHeight]');
        if (iw === viewport.width && ih === viewport.height) return true;
        if (iw > 0 && ih > 0 && ow >= iw && oh >= ih) {
          await wd.manage().window().setRect({ width: viewport.width + ow - iw, height: viewport.height + oh - ih });
        }
        return false;
      }, `a ${viewport.width}×${viewport.height} page in MiniBrowser`);
      return adapter;
    },
    async close() {
      await wd.quit().catch(() => {});
      stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
