import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const PATH = '/guides/signs-you-might-benefit/';
const REGION = 'section[aria-labelledby="self-assessment-quiz"]';

/** The quiz region, scrolled into view (it hydrates when near) and ready to use. */
async function openQuiz(page: Page): Promise<Locator> {
  await page.goto(PATH);
  const region = page.getByRole('region', { name: 'Self-assessment quiz' });
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByRole('button', { name: 'Continue' })).toBeEnabled();
  return region;
}

const group = (region: Locator, name: RegExp) => region.getByRole('group', { name });
const stepHeading = (region: Locator) => region.locator('.sa-heading');
const INTRO = /^These questions may help you think about whether this approach could suit you\./;
const LEGS = /changes in your legs or lower body/;
const CHEST = /chest pain, or did your back pain start/;
const PAIN = /^Do you have back pain and any of these\?$/;
const HISTORY = /^Do any of these apply to you, and is your back pain new/;

/** Answers with the mouse: each group's option, then Continue. */
async function answer(region: Locator, answers: [RegExp, string][]) {
  for (const [name, option] of answers) await group(region, name).getByRole('radio', { name: option, exact: true }).check();
  await region.getByRole('button', { name: 'Continue' }).click();
}

/** Through the safety check with every answer No (or Yes to the urgent questions named). */
async function passSafety(region: Locator, urgentYes: RegExp[] = []) {
  await answer(region, [[LEGS, 'No'], [CHEST, 'No']]);
  await answer(region, [PAIN, HISTORY].map((q) => [q, urgentYes.includes(q) ? 'Yes' : 'No'] as [RegExp, string]));
}

/** Answers the five signs in order. */
async function answerSigns(region: Locator, options: string[]) {
  for (const [i, option] of options.entries()) {
    await expect(stepHeading(region)).toContainText(`Question ${i + 1} of 5`);
    await answer(region, [[new RegExp(`^Question ${i + 1} of 5`), option]]);
  }
}

test('keyboard only: safety check and five signs to a "worth exploring" result with links', async ({ page }) => {
  const region = await openQuiz(page);
  await group(region, LEGS).getByRole('radio', { name: 'Yes' }).focus();

  // APG radio group: the arrow key moves to No and selects it; Tab goes to the next group.
  for (const name of [LEGS, CHEST]) {
    await expect(group(region, name).getByRole('radio', { name: 'Yes' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(group(region, name).getByRole('radio', { name: 'No' })).toBeChecked();
    await page.keyboard.press('Tab');
  }
  await expect(region.getByRole('button', { name: 'Continue' })).toBeFocused();
  // The introduction shows on the first step only.
  await expect(region.locator('.sa-app').getByText(INTRO)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(stepHeading(region)).toHaveText('Safety check, part 2 of 2: Signs that need a doctor soon');
  await expect(stepHeading(region)).toBeFocused();
  await expect(region.locator('.sa-app').getByText(INTRO)).toHaveCount(0);

  for (const name of [PAIN, HISTORY]) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await expect(group(region, name).getByRole('radio', { name: 'No' })).toBeChecked();
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  // Yes, Yes, Not sure, No, Yes: Space picks Yes, Down arrows move to the others.
  const keys = [[' '], [' '], ['ArrowDown'], ['ArrowDown', 'ArrowDown'], [' ']];
  for (const [i, presses] of keys.entries()) {
    await expect(stepHeading(region)).toContainText(`Question ${i + 1} of 5`);
    await expect(stepHeading(region)).toBeFocused();
    await page.keyboard.press('Tab');
    for (const key of presses) await page.keyboard.press(key);
    await page.keyboard.press('Tab');
    await expect(region.getByRole('button', { name: 'Continue' })).toBeFocused();
    await page.keyboard.press('Enter');
  }

  await expect(stepHeading(region)).toHaveText('Your result: Interoceptive practice may be worth exploring');
  await expect(stepHeading(region)).toBeFocused();
  await expect(region).toContainText('You answered Yes to 3 of the 5 signs.');
  // The main action is the suggested next step: the practices of the Yes signs, each opening its guide's
  // practice player, the one that fits most answers first. Printing is a secondary action.
  const next = region.locator('.sa-next');
  await expect(next.getByRole('heading', { name: 'Practices you might try' })).toBeVisible();
  const practices = next.getByRole('link');
  await expect(practices).toHaveText(['Somatic tracking', 'Breath anchoring']);
  expect(await practices.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
    '/guides/somatic-tracking/#practice',
    '/guides/breath-anchoring/#practice',
  ]);
  await expect(next).toContainText('For: Long-lasting pain with no clear cause found; Pain that changes with stress or sleep');
  await expect(region.locator('.lb-button--primary')).toHaveCount(1);
  await expect(region.locator('.lb-button--primary')).toHaveText('Somatic tracking');
  await expect(region.getByRole('button', { name: 'Print or save your answers' })).not.toHaveClass(/lb-button--primary/);
  const yesList = region.getByRole('list').filter({ hasText: 'When no damage explains the pain' });
  await expect(yesList.getByRole('listitem')).toHaveCount(3);
  for (const [name, href] of [
    ['Why it may help', '/guides/why-it-works/'],
    ['Breath anchoring', '/guides/breath-anchoring/'],
    ['Trauma-informed practice', '/guides/trauma-informed-practice/'],
  ] as const) {
    await expect(yesList.getByRole('link', { name }).first()).toHaveAttribute('href', href);
  }
  await expect(region.getByRole('heading', { name: 'Signs you were not sure about (1)' })).toBeVisible();
  await expect(region).toContainText('Often feeling cut off from the body');
  await expect(region).toContainText('This is not a diagnosis.');

  // Back keeps the answer; nothing was stored anywhere.
  await region.getByRole('button', { name: 'Back' }).press('Enter');
  await expect(stepHeading(region)).toContainText('Question 5 of 5');
  await expect(region.getByRole('radio', { name: 'Yes' })).toBeChecked();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  expect(new URL(page.url()).search).toBe('');
});

test('an emergency answer shows the emergency card and no result; Back changes it', async ({ page }) => {
  const region = await openQuiz(page);
  await answer(region, [[LEGS, 'No'], [CHEST, 'Yes']]);
  const card = region.getByRole('heading', { name: /^Emergency\s*:\s*Get help now/ });
  await expect(card).toBeFocused();
  await expect(region).toContainText('What to tell them');
  await expect(region.getByRole('link', { name: 'Read more about red flags' })).toHaveAttribute('href', '/guides/red-flags/');
  await expect(region.getByRole('radio')).toHaveCount(0);
  await expect(region.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expect(region.locator('.sa-app')).not.toContainText(/worth exploring|worth trying|suit you better/);

  await region.getByRole('button', { name: 'Go back and change an answer' }).click();
  await expect(stepHeading(region)).toBeFocused();
  await expect(group(region, CHEST).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await answer(region, [[CHEST, 'No']]);
  await expect(stepHeading(region)).toContainText('Signs that need a doctor soon');
});

test('an urgent answer keeps the urgent card at the top through to the result', async ({ page }) => {
  const region = await openQuiz(page);
  await passSafety(region, [HISTORY]);
  const card = region.getByRole('heading', { name: /^Urgent\s*:\s*Get medical advice today/ });
  await expect(card).toBeFocused();
  await expect(stepHeading(region)).toContainText('Question 1 of 5');
  await answerSigns(region, ['No', 'Not sure', 'No', 'No', 'No']);
  await expect(stepHeading(region)).toHaveText('Your result: Other approaches may suit you better');
  await expect(card).toBeVisible();
  await expect(region.getByRole('heading', { name: 'Signs you were not sure about (1)' })).toBeVisible();
  // With no Yes, the next steps are the result's pointers; the first with a guide is the main button.
  await expect(region.getByRole('heading', { name: 'Other things you might try' })).toBeVisible();
  await expect(region.getByRole('link', { name: 'Movement therapies' })).toHaveAttribute('href', '/guides/movement-therapies/');
  await expect(region.getByRole('link', { name: 'Movement therapies' })).toHaveClass(/lb-button--primary/);
});

test('a suggested practice opens its guide at the practice player', async ({ page }) => {
  const region = await openQuiz(page);
  await passSafety(region);
  await answerSigns(region, ['No', 'No', 'Yes', 'No', 'No']);
  await region.locator('.sa-next').getByRole('link', { name: 'Body scan' }).click();
  await expect(page).toHaveURL(/\/guides\/body-scan\/#practice$/);
  const player = page.locator('#practice');
  await expect(player.getByRole('button', { name: /^Start/ }).first()).toBeInViewport();
});

test('Continue without an answer shows the error summary, focuses it and links to the question', async ({ page }) => {
  const region = await openQuiz(page);
  await group(region, CHEST).getByRole('radio', { name: 'No' }).check();
  await region.getByRole('button', { name: 'Continue' }).click();
  const summary = region.locator('.sa-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary.getByRole('link')).toHaveCount(1);
  await expect(group(region, LEGS)).toHaveAccessibleDescription(/Error: Choose Yes or No/);
  await summary.getByRole('link', { name: /Choose Yes or No: Do you have back pain and any of these changes/ }).click();
  await expect(group(region, LEGS).getByRole('radio', { name: 'Yes' })).toBeFocused();

  // The same on a sign, and a second try moves focus back to the summary.
  await answer(region, [[LEGS, 'No']]);
  await answer(region, [[PAIN, 'No'], [HISTORY, 'No']]);
  await region.getByRole('button', { name: 'Continue' }).click();
  await expect(summary).toBeFocused();
  await region.getByRole('radio', { name: 'Not sure' }).focus();
  await region.getByRole('button', { name: 'Continue' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Choose Yes, Not sure or No' })).toBeVisible();
});

test('print view: a summary for the clinician, printed by the button; Start again clears it all', async ({ page }) => {
  const region = await openQuiz(page);
  await passSafety(region);
  await answerSigns(region, ['Yes', 'No', 'No', 'No', 'No']);
  await expect(stepHeading(region)).toHaveText('Your result: It may be one of several things worth trying');
  const printHeading = region.getByRole('heading', { name: 'To discuss with your clinician' });
  await expect(printHeading).toBeHidden();

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await region.getByRole('button', { name: 'Print or save your answers' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(printHeading).toBeVisible();
  await expect(region.locator('button')).toHaveCount(3);
  for (const button of await region.locator('button').all()) await expect(button).toBeHidden();
  const summary = region.locator('.sa-print');
  await expect(summary).toContainText('Long-lasting pain with no clear cause found: Yes');
  await expect(summary).toContainText('Changes in the legs or lower body (emergency signs): No');
  await expect(summary).toContainText('It may be one of several things worth trying. Yes: 1. Not sure: 0. No: 4.');
  await page.emulateMedia({ media: 'screen' });

  await region.getByRole('button', { name: 'Start again' }).click();
  await expect(stepHeading(region)).toHaveText('Safety check, part 1 of 2: Signs that need help straight away');
  await expect(stepHeading(region)).toBeFocused();
  for (const radio of await region.getByRole('radio').all()) await expect(radio).not.toBeChecked();
});

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on every step (${colorScheme})`, { tag: '@axe' }, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const region = await openQuiz(page);
      const check = () => expectNoAxeViolations(page, REGION);
      await check();
      await region.getByRole('button', { name: 'Continue' }).click();
      await check(); // error summary
      await answer(region, [[LEGS, 'No'], [CHEST, 'Yes']]);
      await check(); // emergency card
      await region.getByRole('button', { name: 'Go back and change an answer' }).click();
      await answer(region, [[CHEST, 'No']]);
      await check(); // urgent signs
      await answer(region, [[PAIN, 'Yes'], [HISTORY, 'No']]);
      for (let i = 1; i <= 5; i += 1) {
        await check(); // urgent card and question i
        await answer(region, [[new RegExp(`^Question ${i} of 5`), i === 3 ? 'Not sure' : 'Yes']]);
      }
      await check(); // result
    });
  }

  test('axe finds nothing in the checklist shown without JavaScript', { tag: '@axe' }, async ({ page }) => {
    const region = await openQuiz(page);
    // axe needs script, so show the no-JS view by taking away the class the page's first script adds.
    await page.evaluate(() => document.documentElement.classList.remove('js'));
    await expect(region.getByRole('heading', { name: 'Check the red flags first' })).toBeVisible();
    await expect(region.getByRole('radio')).toHaveCount(0);
    await expectNoAxeViolations(page, REGION);
  });

  test('fits a 360 px phone without sideways scrolling, with 44 px targets', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const region = await openQuiz(page);
    const noSideScroll = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await noSideScroll();
    for (const target of [region.getByRole('button', { name: 'Continue' }), region.locator('label').first()]) {
      const box = await target.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
    }
    // "Self-assessment" stays whole: its heading is two lines at most, not three.
    const title = region.getByRole('heading', { level: 2, name: 'Self-assessment quiz' });
    expect((await title.boundingBox())!.height).toBeLessThan(2.5 * parseFloat(await title.evaluate((h) => getComputedStyle(h).lineHeight)));
    await passSafety(region);
    await noSideScroll();
    // Each question arrives at the top of the screen with its Continue button on the same screen.
    for (const [i, option] of ['Yes', 'Yes', 'Yes', 'Yes', 'Yes'].entries()) {
      await expect(stepHeading(region)).toContainText(`Question ${i + 1} of 5`);
      await expect(stepHeading(region)).toBeInViewport();
      await expect(region.getByRole('button', { name: 'Continue' })).toBeInViewport();
      await answer(region, [[new RegExp(`^Question ${i + 1} of 5`), option]]);
    }
    await noSideScroll();
    // The result's main button, the first practice to try, is on the first screen too.
    await expect(region.locator('.sa-next .lb-button--primary')).toBeInViewport();
    // With the urgent card kept at the top, nothing scrolls sideways either.
    await region.getByRole('button', { name: 'Start again' }).click();
    await passSafety(region, [PAIN]);
    await noSideScroll();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows a checklist: red flags with the advice, the five signs, the scoring rule and guide links', async ({ page }) => {
    await page.goto(PATH);
    const region = page.getByRole('region', { name: 'Self-assessment quiz' });
    await expect(region.getByText(INTRO).filter({ visible: true })).toHaveCount(1);
    await expect(region.getByRole('heading', { name: 'Check the red flags first' })).toBeVisible();
    await expect(region).toContainText('Get help now: call an ambulance or go to an emergency department');
    await expect(region.getByRole('link', { name: 'Call 999 (UK)' })).toHaveAttribute('href', 'tel:999');
    await expect(region).toContainText('sometimes called saddle numbness');
    await expect(region).toContainText('Get medical advice today');
    await expect(region.getByRole('link', { name: 'Call NHS 111 (UK)' })).toHaveAttribute('href', 'tel:111');
    await expect(region).toContainText('pain between your shoulder blades');
    await expect(region.getByRole('heading', { name: 'The five signs' })).toBeVisible();
    await expect(region.locator('ol > li')).toHaveCount(5);
    await expect(region).toContainText('Two or more signs: Interoceptive practice may be worth exploring.');
    await expect(region).toContainText('No signs: Other approaches may suit you better.');
    await expect(region.getByRole('link', { name: 'Body scan' })).toHaveAttribute('href', '/guides/body-scan/');
    await expect(region.getByRole('link', { name: 'Read more about red flags' })).toHaveAttribute('href', '/guides/red-flags/');
    // No dead controls: the quiz's radios and buttons are hidden, not shown disabled.
    await expect(region.getByRole('radio')).toHaveCount(0);
    await expect(region.getByRole('button')).toHaveCount(0);
  });
});
