import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';
import redFlags from '../content/safety/red-flags.json' with { type: 'json' };

const pages = sitemapPaths();
const PHONE = /(?<![\d/.-])(999|911|112|111|116 123|988)(?![\d/.-])/;

/** Text of each phone number on the page that is not inside a tel: or sms: link, with its context. */
async function numbersOutsideLinks(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const re = new RegExp(source, 'g');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, .lb-sources, [hidden]')) continue;
      if (parent.closest('a[href^="tel:"], a[href^="sms:"]')) continue;
      for (const m of text.matchAll(re)) found.push(`"${m[0]}" in "${text.trim().slice(0, 80)}"`);
    }
    return found;
  }, PHONE.source);
}

test('every phone number on every page is a tap-to-call link', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    for (const p of await numbersOutsideLinks(page)) problems.push(`${path}: ${p}`);
  }
  expect(problems).toEqual([]);
});

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the red-flags emergency card is the first thing under the title, on the first screen, with its calls', async ({ page }) => {
    await page.goto('/guides/red-flags/');
    const heading = page.getByRole('heading', { level: 2, name: /^Emergency\s*:\s*Get help now/ });
    const box = await heading.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(740);
    // Nothing but the title stands between the section link and the card.
    const next = await page.locator('h1 + *').getAttribute('class');
    expect(next).toContain('lb-care--emergency');
    const card = page.locator('.lb-care--emergency').first();
    for (const [name, tel] of [['Call 999 (UK)', 'tel:999'], ['Call 911 (US)', 'tel:911'], ['Call 112 (EU)', 'tel:112']] as const) {
      await expect(card.getByRole('link', { name })).toHaveAttribute('href', tel);
    }
    await expect(page.locator('.lb-care--urgent').first().getByRole('link', { name: 'Call NHS 111 (UK)' })).toHaveAttribute('href', 'tel:111');
  });

  test('a keyboard reaches the first emergency call from the top of the red-flags page', async ({ page }) => {
    await page.goto('/guides/red-flags/');
    const call = page.getByRole('link', { name: 'Call 999 (UK)' }).first();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await call.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(call).toBeFocused();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the red-flags page and the quiz list the same signs, from the one data file', async ({ page }) => {
    const expected = {
      emergency: redFlags.emergency.groups.flatMap((g) => g.signs),
      urgent: redFlags.urgent.groups.flatMap((g) => g.signs),
    };
    const listed = async (kind: 'emergency' | 'urgent', scope: string) =>
      page.locator(`${scope} .lb-care--${kind} .lb-care__signs li`).allTextContents();
    await page.goto('/guides/red-flags/');
    expect(await listed('emergency', 'article')).toEqual(expected.emergency);
    expect(await listed('urgent', 'article')).toEqual(expected.urgent);
    await page.goto('/guides/signs-you-might-benefit/');
    expect(await listed('emergency', '.sa-nojs')).toEqual(expected.emergency);
    expect(await listed('urgent', '.sa-nojs')).toEqual(expected.urgent);
  });
});

test('a Yes in the quiz shows the emergency card with working call links and no result', async ({ page }) => {
  await page.goto('/guides/signs-you-might-benefit/');
  const region = page.getByRole('region', { name: 'Self-assessment quiz' });
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByRole('button', { name: 'Continue' })).toBeEnabled();
  await region.getByRole('group', { name: /changes in your legs or lower body/ }).getByRole('radio', { name: 'Yes' }).check();
  await region.getByRole('group', { name: /chest pain, or did your back pain start/ }).getByRole('radio', { name: 'No' }).check();
  await region.getByRole('button', { name: 'Continue' }).click();
  const card = region.locator('.lb-care--emergency').filter({ visible: true });
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(card.getByRole('link', { name: 'Call 999 (UK)' })).toHaveAttribute('href', 'tel:999');
  await expect(card.getByRole('link', { name: 'Call 911 (US)' })).toHaveAttribute('href', 'tel:911');
  await expect(card.getByText(/Elsewhere: call your local emergency number/)).toBeVisible();
  await expect(region.getByText(/Your result/)).toHaveCount(0);
});
