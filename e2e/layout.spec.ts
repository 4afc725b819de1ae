import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brokenWords, headerBudget, overlappingControls } from './layout/geometry';
import { isKnown, KNOWN_ISLAND_ISSUES, type KnownIssue } from './layout/known-issues';
import { measurePage, scrollThrough, settle } from './layout/measure';
import { sitemapPaths } from './sitemap';

/**
 * The layout test: every page in the sitemap, plus the flare page and the 404 page, at five widths in
 * both themes. On each: no two visible controls overlap, nothing scrolls sideways, no word breaks
 * inside itself in a heading or a button, and the header keeps within its height budget. The page is
 * scrolled through first, so islands that hydrate when seen are measured as readers get them.
 * One test per page loads it once and checks each width and theme from one evaluate each.
 * Screenshots of the main pages at 360 and 1280 px go to test-results/ for a person to look at.
 */
const WIDTHS = [320, 360, 768, 1280, 1920] as const;
const HEIGHT = 800;
const EXTRA = ['/flare/', '/404.html'];
const PAGES = [...new Set([...sitemapPaths(), ...EXTRA])];
const SCREENSHOT_PAGES = new Set(['/', '/guides/breath-anchoring/', '/guides/body-scan/', '/journal/', '/flare/', '/404.html', '/sections/core-practices/']);
const SCREENSHOT_WIDTHS = new Set([360, 1280]);

test.use({ serviceWorkers: 'block' });

for (const path of PAGES) {
  test(`layout of ${path} at ${WIDTHS.join(', ')} px, light and dark`, async ({ page }, testInfo) => {
    // Full-page screenshots of a long guide at four sizes take most of a busy machine's 30 s.
    test.slow(SCREENSHOT_PAGES.has(path));
    // One load per page: at the widest size, scrolled through so that every island that hydrates when
    // seen has done so (Astro drops their ssr attribute); then each width and theme is a resize or a
    // colour-scheme switch of the same page, as when a phone turns or the system goes dark.
    await page.setViewportSize({ width: WIDTHS.at(-1)!, height: HEIGHT });
    await page.goto(path);
    await page.evaluate(scrollThrough);
    // Islands inside a part the page keeps hidden until asked (/flare/'s settle and plan) wait for that.
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island[ssr]')].every((island) => island.closest('[hidden]')));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const problems: string[] = [];
    const used = new Set<KnownIssue>();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: HEIGHT });
        await page.evaluate(settle);
        const m = await page.evaluate(measurePage);
        const found = [
          ...(m.scrollWidth > m.clientWidth ? [`scrolls sideways: ${m.scrollWidth} px wide in a ${m.clientWidth} px window`] : []),
          ...(m.headerHeight > headerBudget(width) ? [`header ${Math.round(m.headerHeight)} px tall, over its ${headerBudget(width)} px budget`] : []),
          ...overlappingControls(m.controls),
          ...brokenWords(m.words).map((w) => `word broken across lines: ${w}`),
        ];
        for (const problem of found) {
          const known = isKnown(path, width, problem);
          if (known) used.add(known);
          else problems.push(`${width} px, ${colorScheme}: ${problem}`);
        }
        if (SCREENSHOT_PAGES.has(path) && SCREENSHOT_WIDTHS.has(width)) {
          const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: testInfo.outputPath(name), fullPage: true });
        }
      }
    }
    const stale = KNOWN_ISLAND_ISSUES.filter((k) => k.path === path && !used.has(k)).map((k) => `allow-list entry no longer matches (remove it): ${k.match}`);
    expect([...problems, ...stale], `layout problems on ${path}`).toEqual([]);
  });
}

test('each tool card on the home page leads to a place that exists on its guide', () => {
  const dist = resolve(import.meta.dirname, '..', process.env.DIST_DIR ?? 'dist');
  const home = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const targets = [...home.matchAll(/class="lb-card__link" href="([^"]+#[^"]+)"/g)].map((m) => m[1]!);
  expect(targets.length).toBeGreaterThanOrEqual(4);
  for (const target of targets) {
    const [path, id] = target.split('#') as [string, string];
    const file = resolve(dist, `.${path}`, 'index.html');
    expect(existsSync(file), `${path} exists`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${target}: no element with id "${id}"`).toContain(`id="${id}"`);
  }
});
