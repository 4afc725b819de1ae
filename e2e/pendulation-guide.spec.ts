import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const PATH = '/guides/pendulation/';
const T0 = new Date('2026-03-02T09:00:00Z');

/** The guide's region, scrolled into view (it hydrates when visible) and ready to use. */
async function openGuide(page: Page): Promise<Locator> {
  await page.clock.install({ time: T0 });
  await page.goto(PATH);
  const region = page.getByRole('region', { name: 'Pendulation guide' });
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByRole('button', { name: 'Start' })).toBeEnabled();
  return region;
}

/**
 * Stops the page's clock where it is, so time moves only by runFor: a slow, busy machine cannot carry a
 * session past a boundary the test is about to check. (Preact runs effects on the clock too.)
 */
async function holdTime(page: Page) {
  // A second ahead: the page's clock goes on running while this call travels, however busy the machine.
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1_000);
}

/**
 * Checks one phase of `ms` on the held clock: still `now` a second before its end, then `next` within the
 * following second and a half (the guide checks the time four times a second).
 */
async function phase(page: Page, region: Locator, ms: number, now: string, next: string) {
  await page.clock.runFor(ms - 1_000);
  await expect(stepHeading(region)).toHaveText(now);
  for (let waited = 0; waited < 2_500 && (await stepHeading(region).textContent()) !== next; waited += 250) {
    await page.clock.runFor(250);
  }
  await expect(stepHeading(region)).toHaveText(next);
}

/** The heading of the current step. */
const stepHeading = (region: Locator) => region.getByRole('heading', { level: 3 }).first();
const live = (region: Locator) => region.locator('[aria-live="polite"]');

test.describe('setup', () => {
  test('keyboard only, with the list: own words for ease, a listed place of discomfort, fewer rounds', async ({ page }) => {
    const region = await openGuide(page);
    const ease = region.getByRole('group', { name: 'Place of ease' });
    const discomfort = region.getByRole('group', { name: 'Place of discomfort' });
    await region.getByRole('heading', { name: 'Pendulation guide' }).focus();

    await page.keyboard.press('Tab');
    await expect(ease.getByRole('radio', { name: 'Hands' })).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(ease.getByRole('radio', { name: 'Somewhere else' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(ease.getByRole('textbox', { name: 'In my own words' })).toBeFocused();
    await page.keyboard.type('the sound of rain');

    // Past the three body-map buttons to the next radio group, which starts on its checked radio.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(discomfort.getByRole('radio', { name: 'Lower back' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(discomfort.getByRole('radio', { name: 'Middle back' })).toBeChecked();

    // Past the own-words field and the five body-map buttons to the pace settings.
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    await expect(region.getByRole('combobox', { name: 'Rounds' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(region.getByRole('combobox', { name: 'Rounds' })).toHaveValue('2');
    await expect(region.getByRole('listitem').filter({ hasText: 'Repeat' })).toContainText('a short visit 2 times');

    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(region.getByRole('button', { name: 'Start' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(stepHeading(region)).toHaveText('Rest in ease');
    await expect(stepHeading(region)).toBeFocused();
    await expect(region).toContainText('Let your attention rest on the sound of rain.');
    await page.clock.runFor(30_000);
    await expect(stepHeading(region)).toHaveText('A short visit');
    await expect(region).toContainText('Now turn gently toward your middle back.');
    await expect(region).toContainText('Visits: 1 of 2');
  });

  test('keyboard only, with the body map: Enter and Space choose regions, and the list follows', async ({ page }) => {
    const region = await openGuide(page);
    const front = region.getByRole('group', { name: 'Body map: place of ease' });
    const back = region.getByRole('group', { name: 'Body map: place of discomfort' });
    const feet = front.getByRole('button', { name: 'Feet' });
    await expect(front.getByRole('button', { name: 'Hands' })).toHaveAttribute('aria-pressed', 'true');

    await region.getByRole('textbox', { name: 'In my own words' }).first().focus();
    // The map's buttons go top to bottom, as drawn.
    await expect(front.getByRole('button')).toHaveText(['Belly and breath', 'Hands', 'Feet']);
    await page.keyboard.press('Tab');
    await expect(front.getByRole('button', { name: 'Belly and breath' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(front.getByRole('button', { name: 'Hands' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(feet).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(feet).toHaveAttribute('aria-pressed', 'true');
    await expect(front.getByRole('button', { name: 'Hands' })).toHaveAttribute('aria-pressed', 'false');
    await expect(region.getByRole('group', { name: 'Place of ease' }).getByRole('radio', { name: 'Feet' })).toBeChecked();

    await region.getByRole('textbox', { name: 'In my own words' }).nth(1).focus();
    await page.keyboard.press('Tab');
    await expect(back.getByRole('button', { name: 'Neck' })).toBeFocused();
    const scroll = await page.evaluate(() => window.scrollY);
    await page.keyboard.press(' ');
    await expect(back.getByRole('button', { name: 'Neck' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => window.scrollY), 'Space must not scroll the page').toBe(scroll);
    await expect(region.getByRole('group', { name: 'Place of discomfort' }).getByRole('radio', { name: 'Neck' })).toBeChecked();
    await expect(back.getByRole('button')).toHaveText(['Neck', 'Upper back and shoulders', 'Middle back', 'Lower back', 'Hips']);
    await expect(back.getByRole('button', { name: 'Upper back and shoulders', exact: true })).toHaveAttribute('aria-pressed', 'false');

    await region.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await expect(region).toContainText('Let your attention rest on your feet.');
    await page.clock.runFor(30_000);
    await expect(region).toContainText('Now turn gently toward your neck.');
  });
});

test.describe('a session', () => {
  test('runs ease, visit, check-in for three rounds, then closing and the reflection with the journal link', async ({ page }) => {
    const region = await openGuide(page);
    await holdTime(page);
    await region.getByRole('button', { name: 'Start' }).click();
    await expect(stepHeading(region)).toHaveText('Rest in ease');
    await expect(region).toContainText('0:30 left');
    await expect(live(region)).toContainText('Rest in ease. Let your attention rest on your hands.');
    await expect(region.getByText('Temperature.')).toBeVisible();

    for (let round = 1; round <= 3; round++) {
      await phase(page, region, 30_000, 'Rest in ease', 'A short visit');
      await expect(live(region)).toContainText(`Visit ${round} of 3.`);
      await phase(page, region, 15_000, 'A short visit', 'How was that?');
      await expect(region.getByRole('group', { name: 'How was that visit?' }).getByRole('button')).toHaveText(['Too much', 'About right', 'Easier']);
      await phase(page, region, 10_000, 'How was that?', 'Rest in ease'); // no answer: the session goes on
    }
    await phase(page, region, 30_000, 'Rest in ease', 'Closing');
    await expect(region).toContainText('Feel where your body touches the chair, bed or floor.');
    await expect(region.getByRole('button', { name: 'Back to ease' })).toBeVisible();
    await page.clock.runFor(45_000);
    await expect(stepHeading(region)).toHaveText('Reflect');
    await expect(region.getByRole('link', { name: 'note it in your journal' })).toHaveAttribute(
      'href',
      '/journal/?practice=pendulation&minutes=4',
    );
    await expect(region.getByRole('link', { name: 'interoceptive journaling' })).toHaveAttribute('href', '/guides/interoceptive-journaling/');
    await region.getByRole('button', { name: 'Start again' }).click();
    await expect(region.getByRole('button', { name: 'Start' })).toBeEnabled();
  });

  test('"Back to ease" during a visit goes to ease at once, for a full ease phase', async ({ page }) => {
    const region = await openGuide(page);
    await region.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(35_000);
    await expect(stepHeading(region)).toHaveText('A short visit');
    await region.getByRole('button', { name: 'Back to ease' }).click();
    await expect(stepHeading(region)).toHaveText('Rest in ease');
    await expect(region).toContainText('0:30 left');
    await expect(live(region)).toContainText('Rest in ease.');
    await page.clock.runFor(29_000);
    await expect(stepHeading(region)).toHaveText('Rest in ease');
    await page.clock.runFor(1_000);
    await expect(stepHeading(region)).toHaveText('A short visit');
    await expect(region).toContainText('Visits: 2 of 3');
  });

  test('"Too much" shortens the next visit; twice in a row moves to closing', async ({ page }) => {
    const region = await openGuide(page);
    await region.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(45_000);
    await region.getByRole('button', { name: 'Too much' }).click();
    await expect(stepHeading(region)).toHaveText('Rest in ease');
    await page.clock.runFor(30_000);
    await expect(region).toContainText('0:08 left');
    await page.clock.runFor(8_000);
    await region.getByRole('button', { name: 'Too much' }).click();
    await expect(stepHeading(region)).toHaveText('Closing');
  });

  test('pause holds the time; resume goes on from there', async ({ page }) => {
    const region = await openGuide(page);
    await region.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(28_000);
    await region.getByRole('button', { name: 'Pause' }).click();
    await expect(region).toContainText('0:02 left (paused)');
    await page.clock.runFor(60_000);
    await expect(stepHeading(region)).toHaveText('Rest in ease');
    await region.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(2_000);
    await expect(stepHeading(region)).toHaveText('A short visit');
  });

  test('"Stop and ground" leads to grounding and the red-flags link, from a visit', async ({ page }) => {
    const region = await openGuide(page);
    await region.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(31_000);
    const stop = region.getByRole('button', { name: 'Stop and ground' });
    await stop.focus();
    await page.keyboard.press('Enter');
    await expect(stepHeading(region)).toHaveText('Stop and ground');
    await expect(stepHeading(region)).toBeFocused();
    await expect(live(region)).toContainText('Stop and ground. Stopping is always fine.');
    await expect(region.getByRole('link', { name: 'red flags for back pain' })).toHaveAttribute('href', '/guides/red-flags/');
    await expect(region.getByRole('button', { name: 'Back to ease' })).toHaveCount(0);
    await page.clock.runFor(600_000);
    await expect(stepHeading(region)).toHaveText('Stop and ground');
    await region.getByRole('button', { name: 'I feel steady now' }).click();
    await expect(stepHeading(region)).toHaveText('Reflect');
    await expect(region.getByRole('link', { name: 'note it in your journal' })).toHaveAttribute('href', '/journal/?practice=pendulation&minutes=1');
  });

  test('a chosen tone plays without errors', async ({ page }) => {
    const region = await openGuide(page);
    await region.getByRole('checkbox', { name: 'Soft tone when the step changes' }).check();
    await region.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(31_000);
    await expect(stepHeading(region)).toHaveText('A short visit');
  });
});

test.describe('accessibility and layout', () => {
  test('axe finds nothing in setup, while running, at the check-in and at the end', { tag: '@axe' }, async ({ page }) => {
    const region = await openGuide(page);
    await expectNoAxeViolations(page, 'section.pg');
    await region.getByRole('button', { name: 'Start' }).click();
    await expectNoAxeViolations(page, 'section.pg');
    await page.clock.runFor(45_000);
    await expect(stepHeading(region)).toHaveText('How was that?');
    await expectNoAxeViolations(page, 'section.pg');
    await region.getByRole('button', { name: 'Stop and ground' }).click();
    await expectNoAxeViolations(page, 'section.pg');
  });

  test.describe('dark', () => {
    test.use({ colorScheme: 'dark' });
    test('axe finds nothing in dark mode while running', { tag: '@axe' }, async ({ page }) => {
      const region = await openGuide(page);
      await region.getByRole('button', { name: 'Start' }).click();
      await page.clock.runFor(31_000);
      await expectNoAxeViolations(page, 'section.pg');
    });
  });

  test.describe('phone', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test('360 px: no sideways scroll, and every control is at least 44 px', async ({ page }) => {
      const region = await openGuide(page);
      const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      expect(await fits()).toBe(true);
      for (const control of await region.getByRole('button').all()) {
        const box = await control.boundingBox();
        expect(box && Math.min(box.width, box.height), (await control.textContent()) ?? '').toBeGreaterThanOrEqual(44);
      }
      await region.getByRole('button', { name: 'Start' }).click();
      await page.clock.runFor(45_000);
      expect(await fits()).toBe(true);
      for (const control of await region.getByRole('button').all()) {
        const box = await control.boundingBox();
        expect(box && Math.min(box.width, box.height), (await control.textContent()) ?? '').toBeGreaterThanOrEqual(44);
      }
    });
  });

  test.describe('reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('the swinging dot does not animate', async ({ page }) => {
      const region = await openGuide(page);
      await region.getByRole('button', { name: 'Start' }).click();
      const dot = region.locator('.pg-dot');
      const seconds = await dot.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
      expect(seconds).toBeLessThan(0.01);
    });
  });

  test('with motion allowed, the dot swings', async ({ page }) => {
    const region = await openGuide(page);
    await region.getByRole('button', { name: 'Start' }).click();
    expect(await region.locator('.pg-dot').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('1.2s');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole practice reads as a numbered script, and no control is left dead', async ({ page }) => {
    await page.goto(PATH);
    const region = page.getByRole('region', { name: 'Pendulation guide' });
    const steps = region.getByRole('list', { name: 'The practice, step by step' }).getByRole('listitem');
    await expect(steps).toHaveCount(8);
    await expect(steps.nth(1)).toContainText('Let your attention rest on your hands.');
    await expect(steps.nth(2)).toContainText('Now turn gently toward your lower back.');
    await expect(steps.nth(6)).toContainText('Look around the room');
    await expect(region.getByRole('link', { name: 'Red flags for back pain' })).toHaveAttribute('href', '/guides/red-flags/');
    for (const control of await region.locator('button, input, select').all()) {
      const usable = (await control.isVisible()) && (await control.isEnabled());
      expect(usable, `${await control.evaluate((el) => el.outerHTML.slice(0, 80))} looks usable but cannot work`).toBe(false);
    }
  });
});
