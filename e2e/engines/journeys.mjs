// The site's main journeys, as a reader on a phone takes them, for every engine the runner drives.
// Each clicks what a reader clicks and checks what a reader would see; the runner fails a journey on
// any page error or Content-Security-Policy violation as well.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { until } from './page.mjs';

/** @typedef {{ page: import('./page.mjs').Page, downloads: string }} JourneyContext */

/** @param {unknown} ok @param {string} message */
function check(ok, message) {
  if (!ok) throw new Error(message);
}

/**
 * The fault watcher itself: an uncaught error, a rejected promise and a blocked inline script must
 * all be reported in this engine, or a pass of the other journeys would prove nothing.
 * @param {import('./page.mjs').Page} page
 */
async function faultWatcher(page) {
  await page.goto('/about/');
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('canary error');
    });
    void Promise.reject(new Error('canary rejection'));
    const script = document.createElement('script');
    script.textContent = 'void "canary script"';
    document.body.append(script);
  });
  const seen = [];
  const kinds = [/error: .*canary error/, /unhandled rejection: .*canary rejection/, /CSP violation: script-src/];
  await until(async () => {
    seen.push(...(await page.problems()));
    if (process.env.ENGINES_DEBUG) console.error(seen);
    return kinds.every((k) => seen.some((s) => k.test(s)));
  }, 'reports of an error, a rejection and a CSP violation').catch((err) => {
    throw new Error(`${err.message}; seen: ${JSON.stringify(seen)}`);
  });
}

/** A region of the page by its accessible name. @param {string} name */
const region = (name) => ({ role: 'region', name });

/** @param {import('./page.mjs').Page} page */
async function breath(page) {
  await page.goto('/');
  await page.see({ role: 'heading', level: 1, name: 'Listen to your back, gently' });
  await page.click({ role: 'link', name: 'Breath-anchor timer' });
  await page.waitForPath('/guides/breath-anchoring/');
  const timer = region('Breath-anchor timer');
  await page.scrollTo(timer);
  await page.click({ role: 'radio', name: '1 min', within: timer });
  await page.see({ role: 'radio', name: '1 min', within: timer }, (s) => s.checked, 'checked');
  await page.seeText({ role: 'timer', within: timer }, '1:00');
  await page.click({ role: 'button', name: 'Start', within: timer });
  await page.see({ role: 'button', name: 'Pause', within: timer });
  // Real time: the display counts down by itself.
  await page.seeText({ role: 'timer', within: timer }, /^0:5\d$/);
  await page.click({ role: 'button', name: 'Back to my belly', within: timer });
  await page.click({ role: 'button', name: 'Back to my belly', within: timer });
  await page.see({ text: 'Times you came back: 2', within: timer });
  await page.click({ role: 'button', name: 'Pause', within: timer });
  await page.see({ role: 'button', name: 'Resume', within: timer });
  await page.see({ role: 'button', name: 'Back to my belly', within: timer }, (s) => s.disabled, 'disabled while paused');
}

/** @param {import('./page.mjs').Page} page */
async function quiz(page) {
  const quizRegion = region('Self-assessment quiz');
  const heading = { css: '.sa-heading', within: quizRegion };
  const group = (name) => ({ role: 'group', name, within: quizRegion });
  const choose = async (name, option) => page.click({ role: 'radio', name: option, within: group(name) });
  const next = () => page.click({ role: 'button', name: 'Continue', within: quizRegion });

  await page.goto('/guides/signs-you-might-benefit/');
  await page.scrollTo(quizRegion);
  await choose(/changes in your legs or lower body/, 'No');
  await choose(/chest pain, or did your back pain start/, 'Yes');
  await next();
  // A red flag: the emergency card, and no result.
  await page.see({ role: 'heading', name: /^Emergency\s*:\s*Get help now/, within: quizRegion });
  await page.see({ text: /What to tell them/, within: quizRegion });
  await page.see({ role: 'link', name: 'Read more about red flags', within: quizRegion }, (s) => s.href === '/guides/red-flags/', 'to /guides/red-flags/');
  await page.seeNone({ role: 'button', name: 'Continue', within: quizRegion });
  await page.click({ role: 'button', name: 'Go back and change an answer', within: quizRegion });
  await page.see({ role: 'radio', name: 'Yes', within: group(/chest pain, or did your back pain start/) }, (s) => s.checked, 'still checked');
  await choose(/chest pain, or did your back pain start/, 'No');
  await next();
  await page.seeText(heading, /Signs that need a doctor soon/);
  await choose(/^Do you have back pain and any of these\?$/, 'No');
  await choose(/^Do any of these apply to you, and is your back pain new/, 'No');
  await next();
  for (const [i, option] of ['Yes', 'Yes', 'Not sure', 'No', 'Yes'].entries()) {
    await page.seeText(heading, new RegExp(`Question ${i + 1} of 5`));
    await choose(new RegExp(`^Question ${i + 1} of 5`), option);
    await next();
  }
  await page.seeText(heading, 'Your result: Interoceptive practice may be worth exploring');
  await page.see({ text: /You answered Yes to 3 of the 5 signs\./, within: quizRegion });
  await page.see({ role: 'heading', name: 'Signs you were not sure about (1)', within: quizRegion });
}

const journal = region('Interoceptive journal');
const noticed = { role: 'textbox', name: 'What did you notice?', within: journal };

/** @param {JourneyContext} ctx */
async function journalEntry({ page, downloads }) {
  const text = 'Warm hands, and my jaw let go.';
  await page.goto('/journal/');
  await page.see({ text: /^No entries yet\./, within: journal });
  await page.type(noticed, text);
  // On a phone the sensations wait behind "Add details".
  await page.click({ text: 'Add details', within: journal });
  await page.click({ role: 'checkbox', name: 'warmth', within: journal });
  await page.click({ role: 'button', name: 'Save entry', within: journal });
  await page.seeText({ role: 'status', nth: 0, within: journal }, 'Entry saved.');
  await page.see({ role: 'article', within: journal }, (s) => s.text.includes(text), `holding "${text}"`);

  await page.reload();
  await page.see({ role: 'article', within: journal }, (s) => s.text.includes(text) && s.text.includes('warmth'), 'kept after the reload');
  await page.seeNone({ text: /^No entries yet\./, within: journal });
  // Before the download: MiniBrowser then shows its downloads bar over the top of the page.
  await page.scrollTo({ role: 'article', within: journal });
  await page.shot('after-reload');

  await page.click({ role: 'button', name: 'Save a copy of your journal', within: journal });
  const file = await until(async () => {
    const name = (await readdir(downloads)).find((f) => /^listening-back-journal-\d{4}-\d{2}-\d{2}\.json$/.test(f));
    return name && JSON.parse(await readFile(join(downloads, name), 'utf8'));
  }, `listening-back-journal-<date>.json in ${downloads}`);
  check(file.format === 'listening-back-journal', `the export's format is ${file.format}`);
  check(file.entries?.length === 1 && file.entries[0].text === text, `the export holds ${JSON.stringify(file.entries)}`);
  check(JSON.stringify(file.entries[0].tags) === '["warmth"]', `the export's tags are ${JSON.stringify(file.entries[0].tags)}`);
}

/**
 * A reader halfway down the journal reloads; the browser puts them back where they were, and the
 * journal must respond within 1 s. Timed in the page from the start of the reload until the journal
 * shows its form, three times: the median counts, so that one slow moment on a busy machine does not
 * decide (the fault this guards against, waiting for a paint entry that never comes, adds 3 s to
 * every reload).
 * @param {import('./page.mjs').Page} page
 */
async function journalReload(page) {
  await page.goto('/journal/');
  await page.see(noticed);
  const times = [];
  for (let i = 0; i < 3; i += 1) {
    const y = await page.evaluate(() => {
      scrollTo(0, document.documentElement.scrollHeight / 2 - innerHeight / 2);
      return Math.round(scrollY);
    });
    check(y > 500, `the journal page is too short to scroll halfway (scrollY ${y})`);
    await page.reload();
    const { at, scrolled } = await page.evaluate(async () => {
      const deadline = performance.now() + 10_000;
      while (!document.querySelector('.jr-app form') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      return { at: Math.round(performance.now()), scrolled: Math.round(scrollY) };
    });
    check(scrolled > 0, `the reload did not keep the scroll position (scrollY ${scrolled}, was ${y})`);
    times.push(at);
  }
  const median = [...times].sort((a, b) => a - b)[1];
  check(median < 1000, `the journal took ${times.join(', ')} ms after a mid-page reload to respond (median limit 1000 ms)`);
  await page.type(noticed, 'Back after a reload.');
  await page.click({ role: 'button', name: 'Save entry', within: journal });
  await page.seeText({ role: 'status', nth: 0, within: journal }, 'Entry saved.');
  return `responded ${times.join(', ')} ms after three mid-page reloads`;
}

/** @param {import('./page.mjs').Page} page */
async function search(page) {
  await page.goto('/about/');
  // A searchbox in the HTML; the script makes it a combobox with a list of results.
  const box = { css: '[data-search-input]', name: 'Search' };
  await page.type(box, 'bladder');
  const results = { role: 'listbox', name: 'Search results' };
  const first = { role: 'option', nth: 0, within: results };
  await page.see(first, (s) => s.text.includes('Red flags'), 'naming Red flags');
  await page.click(first);
  const here = await page.waitForPath('/guides/red-flags/');
  check(here.search === '?highlight=bladder', `the result opened with ${here.search || 'no query'}, not ?highlight=bladder`);
  await page.see({ css: 'mark.lb-highlight', nth: 0 }, (s) => /bladder/i.test(s.text), 'marking "bladder"');
}

/** @param {import('./page.mjs').Page} page */
async function pendulation(page) {
  const guide = region('Pendulation guide');
  const step = { role: 'heading', level: 3, nth: 0, within: guide };
  await page.goto('/guides/pendulation/');
  await page.scrollTo(guide);
  await page.select({ role: 'combobox', name: 'Rounds', within: guide }, '2');
  await page.see({ role: 'combobox', name: 'Rounds', within: guide }, (s) => s.value === '2', 'set to 2');
  await page.click({ role: 'button', name: 'Start', within: guide });
  await page.seeText(step, 'Rest in ease');
  await page.seeText({ css: '.pg-text', within: guide }, /Let your attention rest on your hands\./);
  // Each phase's time passes on the page's clock, as on a phone left alone for that long.
  await page.advanceClock(30_000);
  await page.seeText(step, 'A short visit');
  await page.see({ text: /^Visits: 1 of 2$/, within: guide });
  await page.advanceClock(15_000);
  await page.seeText(step, 'How was that?');
  await page.click({ role: 'button', name: 'About right', within: { role: 'group', name: 'How was that visit?', within: guide } });
  await page.seeText(step, 'Rest in ease');
  await page.advanceClock(30_000);
  await page.seeText(step, 'A short visit');
  await page.see({ text: /^Visits: 2 of 2$/, within: guide });
  await page.advanceClock(15_000);
  await page.seeText(step, 'How was that?');
  await page.advanceClock(10_000); // no answer: the session goes on
  await page.seeText(step, 'Rest in ease');
  await page.advanceClock(30_000);
  await page.seeText(step, 'Closing');
  await page.advanceClock(45_000);
  await page.seeText(step, 'Reflect');
  await page.click({ role: 'link', name: 'note it in your journal', within: guide });
  await page.waitForPath('/journal/');
  // On a phone the practice waits behind "Add details", whose summary already names it.
  await page.see({ css: 'details.jr-more > summary', within: journal }, (s) => s.text.includes('Pendulation'), 'naming Pendulation');
  await page.click({ text: 'Add details', within: journal });
  await page.see({ role: 'combobox', name: 'Practice', within: { role: 'form', within: journal } }, (s) => s.value === 'pendulation', 'set to Pendulation');
}

/** @type {{ name: string, run(ctx: JourneyContext): Promise<string | void> }[]} */
export const journeys = [
  { name: 'fault-watcher', run: ({ page }) => faultWatcher(page) },
  { name: 'breath-timer', run: ({ page }) => breath(page) },
  { name: 'quiz', run: ({ page }) => quiz(page) },
  { name: 'journal', run: journalEntry },
  { name: 'journal-reload', run: ({ page }) => journalReload(page) },
  { name: 'search', run: ({ page }) => search(page) },
  { name: 'pendulation', run: ({ page }) => pendulation(page) },
];
