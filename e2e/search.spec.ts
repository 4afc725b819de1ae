import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

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

test('each guide is the first result for its own title', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/search/');
  for (const { slug, title } of titles) {
    await page.goto(`/search/?q=${encodeURIComponent(title)}`);
    const first = page.locator('[data-full-search-results] a').first();
    await expect(first, title).toHaveAttribute('href', new RegExp(`/guides/${slug}/`));
  }
});

test('the search page reads ?q= and lists results with their section', async ({ page }) => {
  await page.goto('/search/?q=breath');
  await expect(page.getByRole('searchbox', { name: 'Search the guides' })).toHaveValue('breath');
  await expect(page.getByRole('status')).toContainText(/results? for “breath”/);
  await expect(page.locator('[data-full-search-results] a').first()).toBeVisible();
});
