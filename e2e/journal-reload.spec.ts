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
 * Three reloads with the page scrolled to `where`, each timed in the page (see timeJournalReload).
 * On every one, the scripts are asked for within 2 s of the load event (waiting for a missing paint
 * entry makes that 3 s every time). Returns the best time from a reload until the journal responds.
 */
async function bestReload(page: Page, where: 'top' | 'middle'): Promise<number> {
  const responses: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const y = await page.evaluate((middle) => {
      scrollTo(0, middle ? document.documentElement.scrollHeight / 2 - innerHeight / 2 : 0);
      return scrollY;
    }, where === 'middle');
    if (where === 'middle') expect(y, 'scrolled halfway').toBeGreaterThan(500);
    await page.reload();
    const { respond, wait, scrolled } = await page.evaluate(timeJournalReload);
    if (where === 'middle') expect(scrolled, 'the reload keeps the scroll position').toBeGreaterThan(0);
    expect(wait, 'ms from the load event until the scripts are asked for').not.toBeNull();
    expect(wait!, 'ms from the load event until the scripts are asked for').toBeLessThan(2000);
    responses.push(respond);
  }
  return Math.min(...responses);
}

/**
 * The best of three mid-page reloads responds within 1 s (a busy machine only ever adds time; the
 * fault adds 3 s to every reload), or, on a machine so busy that even a reload at the top of the page
 * takes longer, no more than 0.5 s after the best of those. Then an entry saves.
 */
async function reloadHalfway(page: Page): Promise<void> {
  await page.goto('/journal/');
  await expect(noticed(page)).toBeVisible();
  const top = await bestReload(page, 'top');
  const middle = await bestReload(page, 'middle');
  expect(middle, `best ms from a mid-page reload until the journal responds (top of the page: ${top} ms)`).toBeLessThan(Math.max(1000, top + 500));
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
