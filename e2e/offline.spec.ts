import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DIST } from './dist-files';
import { CHANGED_GUIDE, buildWithChangedGuide, precacheKeys, startSite, type SwitchableSite } from './offline-site';
import { sitemapPaths } from './sitemap';

// The offline copy (service worker) in a real browser. These tests run their own server on the next
// port, so that going offline can mean the server is really gone, and so that a second build can be
// deployed in the middle of a test. Each test has a fresh browser context: no worker from before.
const PORT = Number(process.env.E2E_PORT ?? 4329) + 1;
const ORIGIN = `http://localhost:${PORT}`;
/** The offline note at the top of the main content (the same words are also announced, outside it). */
/** The practice player's card under a practice guide's title. */
const practiceCard = (page: Page) => page.getByRole('region', { name: /^Guided practice:/ });
const offlineNote = (page: Page) => page.getByRole('main').getByText('You are offline; everything here still works.');

// The tests share the port, so they run one after another (as every file's tests do here: the config
// does not make them fully parallel).
test.use({ baseURL: ORIGIN, locale: 'en-GB', timezoneId: 'Europe/London' });

let site: SwitchableSite | null = null;
test.afterEach(async () => {
  await site?.close();
  site = null;
});

/** Waits until the service worker has precached the site and controls the page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
}

/** The update notice, once shown. */
const updateNotice = (page: Page) => page.getByRole('complementary', { name: 'A new version is ready.' });

test('after one visit, every page, search, a practice and the journal work with the network gone', async ({ page, context }) => {
  test.setTimeout(120_000);
  site = await startSite(DIST, PORT);
  await page.goto('/');
  await waitForWorker(page);
  await expect(offlineNote(page)).toHaveCount(0);

  await site.close();
  await context.setOffline(true);

  // The home page, as an installed app opens it, says once that everything still works.
  await page.reload();
  await expect(offlineNote(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, '.lb-notice--offline');

  for (const path of sitemapPaths()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
  }

  // Search, in the header and on its page: Pagefind's program, worker and index come from the precache.
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('bladder');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Red flags');
  await page.goto('/search/?q=breath');
  await expect(page.getByRole('status').filter({ hasText: /guides? found for “breath”/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-full-search-results] a').first()).toBeVisible();

  // A journal entry saves, and the page says whether the browser agreed to keep the journal.
  await page.goto('/journal/');
  const journal = page.getByRole('region', { name: 'Interoceptive journal' });
  await journal.getByLabel('What did you notice?').fill('Warmth in my lower back, on the train.');
  await journal.getByRole('button', { name: 'Save entry' }).click();
  await expect(journal.getByRole('status').first()).toHaveText('Entry saved.');
  const kept = await page.evaluate(() => navigator.storage.persisted());
  await expect(journal.getByText(kept ? 'This browser has agreed to keep your journal' : /^This browser (has not promised|cannot promise)/)).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('lb-journal') ?? 'null')?.entries.length)).toBe(1);

  // A breath practice runs to its end in the practice player, marking the page as practising while it runs.
  const T0 = new Date('2026-03-02T08:00:00Z').getTime();
  await page.clock.install({ time: T0 });
  await page.goto('/guides/breath-anchoring/');
  const card = practiceCard(page);
  await expect(card.getByRole('button', { name: 'Start a practice' })).toBeEnabled();
  await page.clock.pauseAt(T0 + 60_000);
  await card.getByText('More options').click();
  await card.getByRole('radio', { name: '3 min', exact: true }).check();
  await card.getByRole('button', { name: 'Start a practice' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(500);
  await expect(page.locator('html')).toHaveAttribute('data-practising', /\S/);
  await page.clock.fastForward('03:00');
  await page.clock.runFor(500);
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Your practice has ended' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-practising');

  // Back online, the note goes.
  await context.setOffline(false);
  await expect(offlineNote(page)).toBeHidden();
});

test.describe('a new version', () => {
  let nextBuild: Promise<string>;
  // The second build (about half a minute) starts before these tests; the first awaits it after its first visit.
  test.beforeAll(() => {
    nextBuild = buildWithChangedGuide();
    nextBuild.catch(() => {}); // reported by the test that waits for it
  });
  test.afterAll(async () => {
    await nextBuild.catch(() => {});
  });

  test('is offered after a deploy, never mixed with the old one, and after Reload the page has only new files', async ({ page }) => {
    test.setTimeout(180_000);
    site = await startSite(DIST, PORT);
    await page.goto(CHANGED_GUIDE.path);
    await waitForWorker(page);
    await expect(page.getByText(CHANGED_GUIDE.sentence)).toHaveCount(0);

    const next = await nextBuild;
    site.serve(next);
    // The next visit checks for a new worker, which installs in the background. Until the reader
    // chooses, the old version keeps answering, for this page and any other.
    await page.reload();
    await expect(updateNotice(page)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(CHANGED_GUIDE.sentence)).toHaveCount(0);
    const stillOld = await page.evaluate((path) => fetch(path).then((r) => r.text()), CHANGED_GUIDE.path);
    expect(stillOld).not.toContain(CHANGED_GUIDE.sentence);
    await expect(page.getByRole('status').filter({ hasText: 'A new version is ready. The Reload button is at the start of the page.' })).toBeAttached();
    await expectNoAxeViolations(page, '.lb-notice--update');

    await updateNotice(page).getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByText(CHANGED_GUIDE.sentence)).toBeVisible();
    await expect(updateNotice(page)).toHaveCount(0);

    // Only the new build is left in the precache, and every file the page loaded is one of its files.
    const expected = await precacheKeys(next, ORIGIN);
    const cached = await page.evaluate(async () => {
      const keys = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)));
      return keys.flat().sort();
    });
    expect(cached).toEqual(expected);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const files = new Set(expected.map((key) => key.split('?')[0]));
    expect(loaded.filter((url) => url.startsWith(ORIGIN) && !files.has(url.split('?')[0]))).toEqual([]);
  });

  test('waits while a practice runs; Not now puts it away until the next page', async ({ page }) => {
    test.setTimeout(180_000);
    site = await startSite(DIST, PORT);
    await page.goto('/guides/breath-anchoring/');
    await waitForWorker(page);
    const card = practiceCard(page);
    await card.getByRole('button', { name: 'Start a practice' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-practising', /\S/);

    site.serve(await nextBuild);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null), { timeout: 60_000 }).toBe(true);
    // Installed and waiting, but the practice is running: no notice. (Unguarded, it would show within
    // a few milliseconds of the worker's install: a second of the page's own time is a wide margin.)
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    await expect(updateNotice(page)).toHaveCount(0);

    // Paused, the practice has stopped: the notice comes. The full-screen view keeps the rest of the
    // page out of reach, so the reader closes it (Escape, or the back button) to answer.
    await page.getByRole('dialog').getByRole('button', { name: 'Pause' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(updateNotice(page)).toBeVisible();
    await updateNotice(page).getByRole('button', { name: 'Not now' }).click();
    await expect(updateNotice(page)).toHaveCount(0);
    await expect(page.getByText(CHANGED_GUIDE.sentence)).toHaveCount(0);

    await page.goto(CHANGED_GUIDE.path);
    await expect(updateNotice(page)).toBeVisible();
    await expect(page.getByText(CHANGED_GUIDE.sentence)).toHaveCount(0);
  });
});
