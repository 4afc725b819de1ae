import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse } from 'yaml';
import { keptIn } from '../src/islands/practice-player/lay-out';
import type { ScriptStep } from '../src/islands/practice-player/plan';
import { DIST } from './dist-files';
import { expect, expectNoAxeViolations, test } from './fixtures';

const PLAN = {
  version: 1,
  updatedAt: '2026-11-30T10:00:00.000Z',
  fields: { helps: 'A hot water bottle\nLying on my side', contacts: 'Sam 07700 900123' },
};

/** A full plan, every part written in a few lines, as a reader might on a good day. */
const FULL_PLAN = {
  version: 1,
  updatedAt: '2026-11-30T10:00:00.000Z',
  fields: {
    helps: 'A hot water bottle on my lower back\nLying on my side with a pillow between my knees\nA short walk to the end of the road and back\nA film I know well',
    avoid: 'Lifting the shopping on my own\nSitting for more than half an hour without getting up\nStaying in bed all day\nLong drives',
    'can-do': 'Make a cup of tea\nWater the plants\nPhone my sister\nSit in the garden for ten minutes',
    contacts: 'My sister Sam 07700 900123\nThe GP surgery 020 7946 0000\nMy neighbour Jo 07700 900456',
    'tell-myself': 'This is a flare. It has eased before and it will ease again.\nHurt does not always mean harm.\nOne small thing at a time.',
    'seek-help': 'New numbness or weakness, or trouble peeing or pooing: call 999.\nPain that keeps getting worse for a week: call the GP.',
  },
};

const settleSection = (page: Page) => page.locator('#flare-settle');
const view = (page: Page) => page.getByRole('dialog');
const planRegion = (page: Page) => page.getByRole('region', { name: 'Your flare plan' });

/** The settle script as the player gets it. */
const settleSteps = (parse(readFileSync(join(import.meta.dirname, '../content/practices/settle.yaml'), 'utf8')) as { steps: ScriptStep[] }).steps.map(
  (s) => ({ ...s, share: s.share ?? 0, safety: s.safety ?? false }),
);

/** Waits until the page's islands have run: the answers are enabled and the settle's player is ready. */
async function ready(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'No to both' })).toBeEnabled();
  await expect(settleSection(page).locator('.pp-start')).toBeEnabled();
}

/** Answers "No to both" and leaves the settle's full-screen view (Escape pauses it), to look at the page. */
async function settleThenLeave(page: Page): Promise<void> {
  await ready(page);
  await page.getByRole('button', { name: 'No to both' }).click();
  await expect(view(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view(page)).toBeHidden();
  await planRegion(page).scrollIntoViewIfNeeded();
}

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('two taps from the home page have a settle running, with red flags one tap away', async ({ page }) => {
    let taps = 0;
    const tap = async (name: string, role: 'link' | 'button') => {
      taps++;
      await page.getByRole(role, { name }).tap();
    };
    await page.goto('/');
    const link = page.getByRole('link', { name: 'In a flare?' });
    const box = await link.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(740);
    await tap('In a flare?', 'link');
    await expect(page).toHaveURL(/\/flare\/$/);
    await ready(page);
    await tap('No to both', 'button');
    // Running: the full-screen view with its clock, Pause in reach, and the page marked as practising.
    await expect(view(page).getByRole('button', { name: 'Pause' })).toBeFocused();
    await expect(view(page).getByRole('timer')).toHaveText(/^[12]:\d\d left$/);
    await expect(page.locator('html')).toHaveAttribute('data-practising', /./);
    expect(taps).toBeLessThanOrEqual(2);
    test.info().annotations.push({ type: 'taps home → settle running', description: String(taps) });
    await expect(view(page).getByRole('link', { name: 'Red flags' })).toHaveAttribute('href', '/guides/red-flags/');
    await expect(view(page).getByRole('button', { name: 'Stop and ground' })).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0); // nothing to type on this path (search is a searchbox)
  });

  test('"Yes" shows the emergency card with tap-to-call links, and nothing else', async ({ page }) => {
    await page.goto('/flare/');
    await page.getByRole('button', { name: 'Yes to one of these' }).click();
    const card = page.locator('.lb-care--emergency').filter({ visible: true });
    await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(card.getByRole('link', { name: 'Call 999 (UK)' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('heading', { name: 'Settle for two minutes' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'No to both' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: /^Guided practice/ })).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-practising', /./);
  });
});

test('the settle ends by offering five more minutes or the plan; more time runs the 5-minute settle', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T20:00:00Z') });
  await page.goto('/flare/');
  await ready(page);
  // Time stands still from here, so a busy machine cannot move the clock between steps.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByRole('button', { name: 'No to both' }).click();
  await expect(view(page).getByRole('timer')).toHaveText('2:00 left');
  await page.clock.runFor(125_000);
  await expect(view(page).getByRole('heading', { name: 'Your practice has ended' })).toBeFocused();
  await expect(view(page).getByRole('link', { name: 'Note what you noticed' })).toHaveCount(0);
  await view(page).getByRole('button', { name: '5 more minutes' }).click();
  await expect(view(page).getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect(view(page).getByRole('timer')).toHaveText('5:00 left');
  // The five minutes go on from the settle: their first words after how to stop are new ones.
  const fiveMinute = settleSteps.filter((s) => keptIn(s, 5) && s.kind !== 'silence');
  expect(fiveMinute.filter((s) => !keptIn(s, 2)).length).toBeGreaterThan(3);
  await page.clock.runFor(12_000);
  await expect(view(page).locator('.pp-words')).toHaveText(fiveMinute[1]!.text);
});

test('after a stop, the settle offers only the plan; "Go to your plan" closes the view and focuses the plan', async ({ page }) => {
  await page.goto('/flare/');
  await page.evaluate((plan) => localStorage.setItem('lb-flare-plan', JSON.stringify(plan)), PLAN);
  await page.reload();
  await ready(page);
  await page.getByRole('button', { name: 'No to both' }).click();
  await view(page).getByRole('button', { name: 'Stop and ground' }).click();
  await view(page).getByRole('button', { name: 'I feel steady now' }).click();
  await expect(view(page).getByRole('button', { name: '5 more minutes' })).toHaveCount(0);
  await view(page).getByRole('button', { name: 'Go to your plan' }).click();
  await expect(view(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your flare plan' })).toBeFocused();
  await expect(planRegion(page)).toContainText('Lying on my side');
});

test('a saved plan shows after "No", with the numbers the reader wrote as call links, after a reload too', async ({ page }) => {
  await page.goto('/flare/');
  await page.evaluate((plan) => localStorage.setItem('lb-flare-plan', JSON.stringify(plan)), PLAN);
  await page.reload();
  await settleThenLeave(page);
  const plan = planRegion(page);
  await expect(plan).toContainText('What helps me');
  await expect(plan).toContainText('Lying on my side');
  await expect(plan.getByRole('link', { name: '07700 900123' })).toHaveAttribute('href', 'tel:07700900123');
  await expect(plan.getByRole('button', { name: 'Print my plan' })).toBeVisible();
});

test('an unreadable plan is kept aside, untouched, and the page still works', async ({ page }) => {
  await page.goto('/flare/');
  await page.evaluate(() => localStorage.setItem('lb-flare-plan', '{not json'));
  await page.reload();
  await settleThenLeave(page);
  await expect(page.getByText('We could not read the flare plan saved in this browser')).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('lb-flare-plan.unreadable.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{not json']);
  await expect(page.getByRole('link', { name: 'Write a flare plan later' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the questions, the emergency card and the numbered 2-minute settle read as a page', async ({ page }) => {
    await page.goto('/flare/');
    await expect(page.getByRole('listitem').filter({ hasText: 'new numbness around your bottom or genitals' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 999 (UK)' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('heading', { name: 'Settle for two minutes' })).toBeVisible();
    const said = settleSteps.filter((s) => keptIn(s, 2) && s.kind !== 'silence');
    const items = page.locator('ol.pp-steps > li');
    await expect(items).toHaveCount(said.length);
    for (const [i, step] of said.entries()) await expect(items.nth(i)).toContainText(step.text);
    await expect(items.first()).toContainText('You can stop at any time');
    await expect(page.getByText('If you stop early:')).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`/flare/ has no axe violations at each step (${colorScheme})`, { tag: '@axe' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/flare/');
    await page.evaluate((plan) => localStorage.setItem('lb-flare-plan', JSON.stringify(plan)), PLAN);
    await page.reload();
    await expectNoAxeViolations(page);
    await ready(page);
    await page.getByRole('button', { name: 'No to both' }).click();
    await expect(view(page).getByRole('button', { name: 'Pause' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await planRegion(page).scrollIntoViewIfNeeded();
    await expect(planRegion(page)).toContainText('Lying on my side');
    await expectNoAxeViolations(page);
    await page.goto('/flare/');
    await page.getByRole('button', { name: 'Yes to one of these' }).click();
    await expectNoAxeViolations(page);
  });
}

test('a plan written in the flares guide saves on this device, shows on /flare/ and can be deleted', async ({ page }) => {
  await page.goto('/guides/flares-and-setbacks/#write-your-flare-plan');
  const editor = page.getByRole('form', { name: 'Your flare plan' });
  await editor.scrollIntoViewIfNeeded();
  await expect(editor.getByRole('button', { name: 'Save my plan' })).toBeEnabled();
  await editor.getByRole('button', { name: 'Save my plan' }).click();
  await expect(editor.getByRole('status')).toHaveText('Write something in at least one box, then save.');
  await editor.getByRole('textbox', { name: 'What helps me' }).fill('Heat on my lower back');
  await editor.getByRole('textbox', { name: 'Who I can contact' }).fill('My sister 07700 900456');
  await editor.getByRole('button', { name: 'Save my plan' }).click();
  await expect(editor.getByRole('status')).toContainText('Saved on this device');

  await page.goto('/flare/');
  await settleThenLeave(page);
  const plan = planRegion(page);
  await expect(plan).toContainText('Heat on my lower back');
  await expect(plan.getByRole('link', { name: '07700 900456' })).toHaveAttribute('href', 'tel:07700900456');

  await page.goto('/guides/flares-and-setbacks/');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor.getByRole('textbox', { name: 'What helps me' })).toHaveValue('Heat on my lower back');
  await editor.getByRole('button', { name: 'Delete my plan' }).click();
  await editor.getByRole('button', { name: 'Yes, delete my plan' }).click();
  await expect(editor.getByRole('status')).toHaveText('Your flare plan is deleted from this device.');
  expect(await page.evaluate(() => localStorage.getItem('lb-flare-plan'))).toBeNull();
});

test('a full plan prints on one A4 page: the plan and its numbers, without controls or chrome', async ({ page }) => {
  await page.goto('/flare/');
  await page.evaluate((plan) => localStorage.setItem('lb-flare-plan', JSON.stringify(plan)), FULL_PLAN);
  await page.reload();
  await settleThenLeave(page);
  await expect(planRegion(page)).toContainText('My neighbour Jo');
  await page.emulateMedia({ media: 'print' });
  await expect(planRegion(page).getByRole('link', { name: '020 7946 0000' })).toBeVisible();
  for (const hidden of [
    page.getByRole('button', { name: 'Print my plan' }),
    page.getByRole('region', { name: /^Guided practice/ }),
    page.getByRole('heading', { name: 'In a flare', level: 1 }),
    page.getByRole('link', { name: 'In a flare?' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  test.info().annotations.push({ type: 'A4 pages of the printed plan', description: String(pages.length) });
  expect(pages).toHaveLength(1);
});

test('/flare/ on load: the practice player\'s JavaScript, plus under 0.6 kB for the questions (brotli); the plan\'s waits for "No"', () => {
  const html = readFileSync(join(DIST, 'flare/index.html'), 'utf8');
  const br = (f: string) => brotliCompressSync(readFileSync(join(DIST, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const graph = (entry: string, seen = new Set<string>()) => {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    for (const m of readFileSync(join(DIST, entry), 'utf8').matchAll(/(?:from|import)\s*["`]\.\/([^"`]+\.js)["`]/g)) graph(`_astro/${m[1]}`, seen);
    return seen;
  };
  // Islands that hydrate on load (client:load, client:painted); the plan's own (client:visible) waits for "No".
  const onLoad = new Set<string>();
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (/client="visible"/.test(tag!)) continue;
    for (const m of tag!.matchAll(/(?:component|renderer)-url="\/([^"]+)"/g)) graph(m[1]!, onLoad);
  }
  const total = [...onLoad].reduce((sum, f) => sum + br(f), 0);
  const own = [...onLoad].filter((f) => /FlareCheck/.test(f)).reduce((sum, f) => sum + br(f), 0);
  test.info().annotations.push({ type: '/flare/ island JS on load (brotli)', description: `${total} bytes, ${own} of them the questions` });
  expect(own).toBeLessThanOrEqual(600);
  // Everything else on load is the player's own graph (held to 15 kB on a practice page by practice-player.spec.ts).
  const player = [...onLoad].filter((f) => !/FlareCheck/.test(f));
  expect(player.some((f) => /PracticePlayer/.test(f))).toBe(true);
  expect([...onLoad].some((f) => /FlarePlanView|flare-plan|KeptAside/.test(f))).toBe(false);
});
