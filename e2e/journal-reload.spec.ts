import type { Page } from '@playwright/test';
import { timeJournalReload } from './engines/in-page.mjs';
import { expect, test } from './fixtures';

// The journal on /journal/ hydrates just after the first paint (client:painted). A reader who reloads
// halfway down the page is put back where they were; the journal must answer them within 1 s, not
// after the 3 s that client:painted allows for a paint entry that never comes. Firefox records no
// first-contentful-paint entry after such a reload (e2e/engines/ runs the same check in Firefox and
// WebKit); the second test makes Chromium do the same.
test.use({ viewport: { width: 360, height: 740 } });

const journal = (page: Page) => page.getByRole('region', { name: 'Interoceptive journal' });
const noticed = (page: Page) => journal(page).getByRole('textbox', { name: 'What did you notice?' });

/**
 * Three reloads halfway down the page, each timed in the page (see timeJournalReload). On every one,
 * the reload keeps the scroll position and the scripts are asked for within 2 s of the load event
 * (waiting for a missing paint entry makes that 3 s). The best of three responds within 1 s of its
 * load event: the fault adds its 3 s after the load event, while the time before it (fetching and
 * laying out the page) is the machine's, 0.2 to 4 s even at the top of the page on a busy 2-core
 * machine. (e2e/engines/journeys.mjs, journalReload, judges Firefox and WebKit the same way.)
 * Then an entry saves.
 */
async function reloadHalfway(page: Page): Promise<void> {
  await page.goto('/journal/');
  await expect(noticed(page)).toBeVisible();
  const afterLoad: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const y = await page.evaluate(() => {
      scrollTo(0, document.documentElement.scrollHeight / 2 - innerHeight / 2);
      return scrollY;
    });
    expect(y, 'scrolled halfway').toBeGreaterThan(500);
    await page.reload();
    const run = await page.evaluate(timeJournalReload);
    expect(run.scrolled, 'the reload keeps the scroll position').toBeGreaterThan(0);
    expect(run.wait, 'ms from the load event until the scripts are asked for').not.toBeNull();
    expect(run.wait!, 'ms from the load event until the scripts are asked for').toBeLessThan(2000);
    afterLoad.push(run.afterLoad);
  }
  expect(Math.min(...afterLoad), `best ms from the load event of a mid-page reload until the journal responds (${afterLoad.join(', ')})`).toBeLessThan(1000);
  await noticed(page).fill('Back after a reload.');
  await journal(page).getByRole('button', { name: 'Save entry' }).click();
  await expect(journal(page).getByRole('status').first()).toHaveText('Entry saved.');
}

test('the journal responds within 1 s of a reload halfway down the page', async ({ page }) => {
  await reloadHalfway(page);
});

test('the journal responds within 1 s of that reload when no paint entry comes, as in Firefox', async ({ page }) => {
  await page.addInitScript(() => {
    const observe = PerformanceObserver.prototype.observe;
    PerformanceObserver.prototype.observe = function (this: PerformanceObserver, options?: PerformanceObserverInit) {
      if (options?.type === 'paint') return;
      observe.call(this, options);
    };
  });
  await reloadHalfway(page);
});
