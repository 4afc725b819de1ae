import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';

const guidesDir = resolve(import.meta.dirname, '..', 'content/guides');
const titles = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), title: readFileSync(resolve(guidesDir, f), 'utf8').match(/^title:\s*"?(.+?)"?\s*$/m)![1]! }));

test('no Pagefind request happens before the search field is focused', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefind.push(r.url());
  });
  await page.goto('/guides/body-scan/');
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search' }).focus();
  await expect.poll(() => pagefind.length).toBeGreaterThan(0);
});

test('a word only in a guide body finds it; Enter opens it with the word highlighted', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search' }).or(page.getByRole('searchbox', { name: 'Search' }));
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('bladder');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toContainText('Red flags');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/red-flags\/\?highlight=bladder/);
  await expect(page.locator('mark.lb-highlight').first()).toHaveText(/bladder/i);
});

test('"pendulate" finds pendulation; Escape closes the list', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('pendulate');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText('Pendulation');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
});

for (const { slug, title } of titles) {
  test(`"${title}" finds its guide first`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(title)}`);
    const first = page.locator('[data-full-search-results] a').first();
    await expect(first).toHaveAttribute('href', new RegExp(`/guides/${slug}/`), { timeout: 20_000 });
  });
}

test('the search page reads ?q= and lists results as links, with full titles and snippets that start at a sentence', async ({ page }) => {
  await page.goto('/search/?q=breath');
  await expect(page.getByRole('searchbox', { name: 'Search the guides' })).toHaveValue('breath');
  await expect(page.getByRole('status')).toContainText(/\d+ guides? found for “breath”/, { timeout: 20_000 });
  const first = page.locator('[data-full-search-results] li').first();
  await expect(first.getByRole('link', { name: 'Breath anchoring', exact: true })).toHaveAttribute('href', /^\/guides\/breath-anchoring\/\?highlight=breath$/);
  const snippets = await page.locator('[data-full-search-results] .lb-hit__excerpt').allTextContents();
  expect(snippets.length).toBeGreaterThan(1);
  for (const text of snippets) expect(text, 'a snippet starts with a capital, a number or "…"').toMatch(/^[\p{Lu}\p{N}“"‘(…]/u);
  await expect(page.locator('[data-full-search-results] mark').first()).toBeVisible();
});

test('the search page shows one search box, which the "/" shortcut focuses', async ({ page }) => {
  await page.goto('/search/?q=flare');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('searchbox')).toHaveCount(0);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the guides' })).toBeFocused();
});

test('words readers use find the guides that use other words, with or without an apostrophe', async ({ page }) => {
  await page.goto('/search/?q=cant%20sleep');
  const status = page.getByRole('status');
  await expect(status).toContainText('found for “cant sleep” (also searched for: night, bed)', { timeout: 20_000 });
  await expect(page.locator('[data-full-search-results] a[href^="/guides/body-scan/"]')).toBeVisible();
});

test('with no result, the message links to all guides', async ({ page }) => {
  await page.goto('/search/?q=xyzzy');
  const status = page.getByRole('status');
  await expect(status).toContainText('No guides found for “xyzzy”.', { timeout: 20_000 });
  await status.getByRole('link', { name: 'browse all guides' }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
});

test('odd and very long ?q= values fall back safely', async ({ page }) => {
  await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('status')).toContainText(/found for “<img src=x onerror=alert\(1\)>”|No guides found/, { timeout: 20_000 });
  await expect(page.locator('main img')).toHaveCount(0);
  await page.goto('/search/?q=%25%25%25');
  await expect(page.getByRole('status')).toHaveText('Type a word or two to search for, such as “sleep” or “flare”.');
  await page.goto(`/search/?q=${'breath%20'.repeat(300)}`);
  const value = await page.getByRole('searchbox', { name: 'Search the guides' }).inputValue();
  expect(value.length).toBeLessThanOrEqual(100);
  await expect(page.getByRole('status')).toContainText('found for “breath breath', { timeout: 20_000 });
  await page.goto('/search/?q=%E0%A4%A');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
});

test('Enter in the header box goes to the search page, unless the reader moved to a result', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('/');
  await page.keyboard.type('flare');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toContainText('Flares and setbacks');
  // Results are links: each option has an address to open in a new tab or copy.
  await expect(options.first()).toHaveAttribute('href', /\/guides\/flares-and-setbacks\/\?highlight=flare/);
  await expect(page.getByRole('searchbox', { name: 'Search' }).or(page.getByRole('combobox', { name: 'Search' }))).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('status')).toContainText(/guides? found for “flare”/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=flare$/);
  await expect(page.getByRole('searchbox', { name: 'Search the guides' })).toHaveValue('flare');

  await page.goto('/about/');
  await page.keyboard.press('/');
  await page.keyboard.type('flare');
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/flares-and-setbacks\/\?highlight=flare$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`search has no axe violations, in the header list and on the page (${colorScheme})`, { tag: '@axe' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/guides/body-scan/');
    await page.keyboard.press('/');
    await page.keyboard.type('numb');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page, 'header');
    await page.goto('/search/?q=xyzzy');
    await expect(page.getByRole('status')).toContainText('No guides found', { timeout: 20_000 });
    await expectNoAxeViolations(page);
    await page.goto('/search/?q=bladder');
    await expect(page.getByRole('status')).toContainText('found for', { timeout: 20_000 });
    await expectNoAxeViolations(page);
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the header list uses the width of the screen and fits it, as does the search page', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('my back hurts when stressed');
    const list = page.getByRole('listbox', { name: 'Search results' });
    await expect(list.getByRole('option').first()).toBeVisible({ timeout: 20_000 });
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // Across the header, not just under the field (the field is under 160 px wide here).
    expect(box.width).toBeGreaterThanOrEqual(300);
    await page.goto('/search/?q=my%20back%20hurts%20when%20stressed');
    await expect(page.getByRole('status')).toContainText('found for', { timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form sends the words to the search page, which says search needs JavaScript and links to every guide', async ({ page }) => {
    await page.goto('/about/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('flare');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=flare$/);
    await expect(page.getByText('Search needs JavaScript, which is turned off or blocked in this browser.')).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await page.getByRole('main').getByRole('link', { name: 'browse all guides' }).click();
    await expect(page).toHaveURL(/\/guides\/$/);
  });
});
