import { expect, test } from './fixtures';
import { READER_QUERIES } from './search-queries';

// Every reader query in search-queries.ts, on the /search/ page, against the built index.
test.describe.configure({ mode: 'parallel' });

for (const { q, guide, top, why } of READER_QUERIES) {
  const guides = typeof guide === 'string' ? [guide] : guide;
  test(`"${q}" finds ${guides.join(' or ')} ${top === 1 ? 'first' : 'in the first three'}`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    // Pagefind, its index and the synonyms load on the first search: allow a slow, busy machine.
    await expect(page.getByRole('status')).toContainText(/found for|No guides found/, { timeout: 20_000 });
    const links = page.locator('[data-full-search-results] a');
    const paths = (await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, top);
    expect(
      paths.some((p) => guides.some((g) => p === `/guides/${g}/`)),
      `${why}; the first ${top === 1 ? 'result was' : 'three were'} ${paths.join(', ') || 'nothing'}`,
    ).toBe(true);
  });
}
