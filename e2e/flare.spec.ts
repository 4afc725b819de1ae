import { expect, expectNoAxeViolations, test } from './fixtures';

const PLAN = {
  version: 1,
  updatedAt: '2026-11-30T10:00:00.000Z',
  fields: { helps: 'A hot water bottle\nLying on my side', contacts: 'Sam 07700 900123' },
};

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('one tap from the home page reaches /flare/; "No to both" goes straight to the settle', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: 'In a flare?' });
    const box = await link.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(740);
    await link.click();
    await expect(page).toHaveURL(/\/flare\/$/);
    await page.getByRole('button', { name: 'No to both' }).click();
    await expect(page.getByRole('heading', { name: 'Settle for two minutes' })).toBeFocused();
    await expect(page.getByRole('listitem').filter({ hasText: 'Feel where your body is supported' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Write a flare plan later' })).toHaveAttribute('href', '/guides/flares-and-setbacks/#write-your-flare-plan');
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
  });
});

test('a saved plan shows after "No", with the numbers the reader wrote as call links, after a reload too', async ({ page }) => {
  await page.goto('/flare/');
  await page.evaluate((plan) => localStorage.setItem('lb-flare-plan', JSON.stringify(plan)), PLAN);
  await page.reload();
  await page.getByRole('button', { name: 'No to both' }).click();
  const plan = page.getByRole('region', { name: 'Your flare plan' });
  await expect(plan).toContainText('What helps me');
  await expect(plan).toContainText('Lying on my side');
  await expect(plan.getByRole('link', { name: '07700 900123' })).toHaveAttribute('href', 'tel:07700900123');
  await expect(plan.getByRole('button', { name: 'Print my plan' })).toBeVisible();
});

test('an unreadable plan is kept aside, untouched, and the page still works', async ({ page }) => {
  await page.goto('/flare/');
  await page.evaluate(() => localStorage.setItem('lb-flare-plan', '{not json'));
  await page.reload();
  await page.getByRole('button', { name: 'No to both' }).click();
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
  test('the questions, the emergency card and the settle steps read as a page', async ({ page }) => {
    await page.goto('/flare/');
    await expect(page.getByRole('listitem').filter({ hasText: 'new numbness around your bottom or genitals' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 999 (UK)' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('heading', { name: 'Settle for two minutes' })).toBeVisible();
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
    await page.getByRole('button', { name: 'No to both' }).click();
    await expect(page.getByRole('region', { name: 'Your flare plan' })).toBeVisible();
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
  await page.getByRole('button', { name: 'No to both' }).click();
  const plan = page.getByRole('region', { name: 'Your flare plan' });
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
