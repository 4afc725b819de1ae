// The page as the journeys see it, the same in every engine: go to a path, find things by role and
// name or by text, click, type, read, wait. Built on a small adapter per engine (firefox.mjs,
// webkit.mjs) that only knows how to run a function in the page and act on one element.
import { advanceClock, describeElement, findElements, takeProblems } from './in-page.mjs';

/**
 * What an engine adapter provides.
 * @typedef {object} Adapter
 * @property {(url: string) => Promise<void>} goto Navigates and waits for the load event.
 * @property {() => Promise<void>} reload Reloads and waits for the load event.
 * @property {(source: string, args: unknown[]) => Promise<any>} run Calls a function (source text) in the page.
 * @property {(source: string, args: unknown[]) => Promise<any>} handle Same, for a function that returns an element: a driver handle, or null.
 * @property {(el: any) => Promise<void>} click A real click in the middle of the element.
 * @property {(el: any, text: string) => Promise<void>} type Focuses the element and types with real key presses.
 * @property {(el: any, label: string) => Promise<void>} select Chooses the option with this label in a <select>.
 * @property {(key: string) => Promise<void>} press A key by its name (Enter, Escape, Tab, ArrowDown, ArrowUp) or a character.
 * @property {(file: string) => Promise<void>} screenshot The viewport as a PNG.
 * @property {(source: string) => Promise<void>} beforeScripts Runs a function (source text) in every document this journey opens from now on, before the page's script files.
 * @property {((offline: boolean) => Promise<void>) | null} setOffline Takes the tab offline (navigator.onLine false, every request fails) or back; null where the driver cannot.
 */

/** @typedef {{ role?: string, name?: string | RegExp, level?: number, text?: string | RegExp, css?: string, within?: Query, nth?: number }} Query */

const POLL_MS = 50;
/** How long a journey waits for something a reader would see. Generous: CI machines are busy. */
export const WAIT_MS = 10_000;
/**
 * How long a journey waits for a page to load (the load event), as Playwright and Puppeteer do by
 * default: on the shared 2-core machine (load average 30) WebKit once took over 10 s to finish
 * loading the red flags page after a search result was chosen.
 */
export const LOAD_MS = 30_000;

/**
 * Calls `check` until it returns something truthy (and returns that), failing after `timeout` ms
 * with `what` and the last value or error seen.
 * @template T
 * @param {() => Promise<T> | T} check
 * @param {string} what
 */
export async function until(check, what, timeout = WAIT_MS) {
  const end = Date.now() + timeout;
  if (process.env.ENGINES_DEBUG) process.stderr.write(`  … ${what}\n`);
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err instanceof Error ? err.message.split('\n')[0] : err;
    }
    if (Date.now() > end) throw new Error(`Timed out after ${timeout / 1000} s waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** @param {Query} q @returns {string} */
export function describe(q) {
  const show = (v) => (v instanceof RegExp ? String(v) : `"${v}"`);
  const self = q.css ?? (q.role ? `${q.role}${q.level ? ` (level ${q.level})` : ''}${q.name !== undefined ? ` ${show(q.name)}` : ''}` : `text ${show(q.text)}`);
  return `${self}${q.nth !== undefined ? ` #${q.nth + 1}` : ''}${q.within ? ` in ${describe(q.within)}` : ''}`;
}

/** Turns regular expressions into plain data, so a query can be sent to the page. */
function wire(q) {
  const re = (v) => (v instanceof RegExp ? { re: v.source, flags: v.flags } : v);
  return { ...q, name: re(q.name), text: re(q.text), within: q.within && wire(q.within) };
}

const FIND_ONE = `function (q) { const found = (${findElements})(q); return q.nth !== undefined ? found ?? null : found.length === 1 ? found[0] : null; }`;
const SCROLL_TO = `function (q) { (${FIND_ONE})(q)?.scrollIntoView({ block: 'center' }); }`;
const STATE = `function (q) {
  const found = (${findElements})(q);
  const list = q.nth !== undefined ? (found ? [found] : []) : found;
  return { count: list.length, state: list.length === 1 ? (${describeElement})(list[0]) : null };
}`;

export class Page {
  /**
   * @param {Adapter} adapter
   * @param {string} baseURL
   * @param {string} shots path and file-name prefix for screenshots, e.g. test-results/engines/webkit/quiz
   */
  constructor(adapter, baseURL, shots) {
    this.adapter = adapter;
    this.baseURL = baseURL;
    this.shots = shots;
  }

  /** @param {string} path */
  async goto(path) {
    await this.adapter.goto(new URL(path, this.baseURL).href);
  }

  async reload() {
    await this.adapter.reload();
  }

  /** Waits until the tab shows `path` (after a link), and returns the page's location. */
  async waitForPath(path) {
    return until(async () => {
      const here = await this.evaluate(() => ({ path: location.pathname, search: location.search, ready: document.readyState }));
      if (here.path !== path || here.ready !== 'complete') throw new Error(`at ${here.path}${here.search}, ${here.ready}`);
      return here;
    }, `the page ${path}`, LOAD_MS);
  }

  /**
   * Runs `fn` in the page with JSON-able `args` and returns its (JSON-able) result.
   * @template {(...args: any[]) => any} F
   * @param {F} fn
   * @param {Parameters<F>} args
   * @returns {Promise<Awaited<ReturnType<F>>>}
   */
  async evaluate(fn, ...args) {
    return this.adapter.run(String(fn), args);
  }

  /** The state of the one element matching `q`, or null with how many matched. @param {Query} q */
  async state(q) {
    return /** @type {{ count: number, state: ReturnType<typeof describeElement> | null }} */ (await this.adapter.run(STATE, [wire(q)]));
  }

  /**
   * Waits until exactly one visible element matches `q` (and `check` holds for it), then returns its state.
   * @param {Query} q
   * @param {(s: ReturnType<typeof describeElement>) => boolean} [check]
   * @param {string} [what] what `check` looks for, for the failure message
   */
  async see(q, check = () => true, what = '') {
    return until(async () => {
      const { count, state } = await this.state(q);
      if (count !== 1 || !state) throw new Error(`${count} matches`);
      if (!check(state)) throw new Error(`found ${JSON.stringify(state)}`);
      return state;
    }, `${describe(q)}${what ? ` ${what}` : ''}`);
  }

  /** Waits until `q`'s text is `expected` (a string, exact) or matches it (a RegExp). @param {Query} q @param {string | RegExp} expected */
  async seeText(q, expected) {
    return this.see(q, (s) => (typeof expected === 'string' ? s.text === expected : expected.test(s.text)), `with text ${expected}`);
  }

  /** Waits until no visible element matches `q`. @param {Query} q */
  async seeNone(q) {
    await until(async () => (await this.state(q)).count === 0, `no ${describe(q)}`);
  }

  /** The driver handle of the one enabled element matching `q`, once there is one. @param {Query} q */
  async element(q) {
    await this.see(q, (s) => !s.disabled, 'enabled');
    return until(() => this.adapter.handle(FIND_ONE, [wire(q)]), describe(q));
  }

  /** @param {Query} q */
  async click(q) {
    const el = await this.element(q);
    // In the middle of the screen, clear of the header, as a reader would have it before tapping.
    await this.adapter.run(SCROLL_TO, [wire(q)]);
    await this.adapter.click(el);
  }

  /** @param {Query} q @param {string} text */
  async type(q, text) {
    await this.adapter.type(await this.element(q), text);
  }

  /** @param {Query} q @param {string} label */
  async select(q, label) {
    await this.adapter.select(await this.element(q), label);
  }

  /** @param {string} key */
  async press(key) {
    await this.adapter.press(key);
  }

  /** Scrolls `q` to the middle of the screen, as a reader scrolling down to it would. @param {Query} q */
  async scrollTo(q) {
    await this.see(q);
    await this.adapter.run(SCROLL_TO, [wire(q)]);
  }

  /** Runs `fn` (self-contained, no arguments) in every document from now on, before the page's script files. @param {() => void} fn */
  async beforeScripts(fn) {
    await this.adapter.beforeScripts(String(fn));
  }

  /** Whether this engine's driver can take the tab offline (see setOffline). */
  get canGoOffline() {
    return this.adapter.setOffline !== null;
  }

  /** Takes the tab offline or back online; throws where the driver cannot (check canGoOffline). @param {boolean} offline */
  async setOffline(offline) {
    if (!this.adapter.setOffline) throw new Error('This engine\'s driver cannot take the tab offline.');
    await this.adapter.setOffline(offline);
  }

  /** Moves the page's clock forward (see advanceClock). @param {number} ms */
  async advanceClock(ms) {
    await this.evaluate(advanceClock, ms);
  }

  /** Saves what the screen shows now as <shots>-<label>.png, or <shots>.png without a label. @param {string} [label] */
  async shot(label) {
    await this.adapter.screenshot(`${this.shots}${label ? `-${label}` : ''}.png`);
  }

  /** Every fault the page's watcher (in-page.mjs) recorded in this tab since the last call. */
  async problems() {
    return this.evaluate(takeProblems).catch((err) => [`could not read the page's faults: ${err.message}`]);
  }
}
