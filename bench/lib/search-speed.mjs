import { MOBILE } from './browser.mjs';
import { trackRequests } from './network.mjs';

/** Five words from different guides, each with results; different first letters reach different index chunks. */
export const SEARCH_WORDS = ['breath', 'bladder', 'pendulate', 'journal', 'nervous'];

/** Typing speed of a quick reader; each keystroke starts a search, as in real use. */
const KEY_DELAY_MS = 100;

/**
 * Installed in the page before typing: remembers when each key went down and, once the field holds the
 * whole word, when the listbox first shows an option for it, taking the next animation frame as "on screen".
 */
function watchResults(word) {
  const input = document.querySelector('[data-search-input]');
  const list = document.querySelector('[role="listbox"][aria-label="Search results"]');
  if (!input || !list) throw new Error('search field or "Search results" listbox not found');
  const state = { lastKey: 0, ms: null };
  window.__benchSearch = state;
  input.addEventListener('keydown', (e) => (state.lastKey = e.timeStamp));
  new MutationObserver((_, observer) => {
    if (input.value.trim() !== word || !list.querySelector('[role="option"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => (state.ms = performance.now() - state.lastKey));
  }).observe(list, { childList: true, subtree: true });
}

/**
 * Milliseconds from the last keystroke to the first result on screen, for one word, on a cold page:
 * focus the header field, wait until Pagefind and its index metadata have loaded, then type.
 * @param {import('@playwright/test').Browser} browser
 */
async function timeOneSearch(browser, url, word) {
  const context = await browser.newContext({ ...MOBILE });
  try {
    const page = await context.newPage();
    const net = trackRequests(page);
    await page.goto(url, { waitUntil: 'load' });
    await net.idle();
    const pagefindReady = page.waitForResponse((r) => r.url().endsWith('.pf_meta'), { timeout: 15_000 });
    await page.getByRole('searchbox', { name: 'Search', exact: true }).focus();
    await pagefindReady;
    await net.idle();
    await page.evaluate(watchResults, word);
    await page.keyboard.type(word, { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => window.__benchSearch.ms !== null, null, { timeout: 10_000 });
    return await page.evaluate(() => window.__benchSearch.ms);
  } finally {
    await context.close();
  }
}

/** Times each word (a fresh page each time) and returns every figure and the median. */
export async function measureSearch(browser, origin, path = '/') {
  const samples = [];
  for (const word of SEARCH_WORDS) samples.push({ word, ms: await timeOneSearch(browser, origin + path, word) });
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { page: path, keyDelayMs: KEY_DELAY_MS, samples, medianMs: sorted[Math.floor(sorted.length / 2)] };
}
