import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The flare plan in the journal's JSON copy: saved with it, brought back with it, asked about when the
// browser has a different plan, and never lost (the plan replaced is kept aside). The plan is written
// in localStorage under "lb-flare-plan" (src/islands/flare-plan/flare-plan.ts).
const NOW = new Date('2026-03-05T09:30:00Z');
const PLAN_KEY = 'lb-flare-plan';
const OLD = { version: 1, updatedAt: '2026-02-01T10:00:00.000Z', fields: { helps: 'Heat on my back', contacts: 'Sam 07700 900123' } };
const OTHER = { version: 1, updatedAt: '2026-03-01T10:00:00.000Z', fields: { helps: 'A short walk' } };

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const journal = (page: Page) => page.getByRole('region', { name: 'Interoceptive journal' });
/** Chooses a file through "Bring back a saved copy", as a reader would: the button opens the file picker. */
async function bringBack(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), journal(page).getByRole('button', { name: 'Bring back a saved copy' }).click()]);
  await chooser.setFiles(path);
}
const planGroup = (page: Page) => journal(page).getByRole('group', { name: 'Your flare plan' });

async function openJournal(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto('/journal/');
  await journal(page).scrollIntoViewIfNeeded();
  await expect(journal(page).getByRole('form')).toBeVisible();
}

const storedPlan = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), PLAN_KEY);
const keysAside = (page: Page) =>
  page.evaluate((k) => Object.keys(localStorage).filter((key) => key.startsWith(`${k}.`)).map((key) => [key, localStorage.getItem(key)]), PLAN_KEY);

test('the plan goes out with the JSON copy and comes back: restored when none is here, asked about when another is', async ({ page }, info) => {
  await page.goto('/journal/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [PLAN_KEY, JSON.stringify(OLD)]);
  await openJournal(page);

  const [download] = await Promise.all([page.waitForEvent('download'), journal(page).getByRole('button', { name: 'Save a copy of your journal' }).click()]);
  const path = info.outputPath('copy.json');
  await download.saveAs(path);
  const copy = JSON.parse(await readFile(path, 'utf8'));
  expect(copy).toMatchObject({ format: 'listening-back-journal', entries: [], flarePlan: OLD });

  // A cleared browser: the plan comes back with one tap, and shows on /flare/.
  await page.evaluate(() => localStorage.clear());
  await openJournal(page);
  await bringBack(page, path);
  await expect(journal(page).getByRole('group', { name: 'Check before adding' })).toHaveCount(0); // no entries to check
  await expect(planGroup(page)).toContainText('This browser has none.');
  await planGroup(page).getByRole('button', { name: 'Bring back the flare plan' }).click();
  await expect(planGroup(page).getByRole('status')).toBeFocused();
  await expect(planGroup(page).getByRole('status')).toContainText('Your flare plan from the file is back.');
  expect(await storedPlan(page)).toEqual(OLD);

  // A different plan here: nothing changes until the reader chooses; the one replaced is kept aside.
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [PLAN_KEY, JSON.stringify(OTHER)]);
  await openJournal(page);
  await bringBack(page, path);
  await expect(planGroup(page)).toContainText('This browser has a different one');
  expect(await storedPlan(page)).toEqual(OTHER);
  await planGroup(page).getByRole('button', { name: 'Use the plan from the file' }).click();
  await expect(planGroup(page).getByRole('status')).toContainText('The plan that was here is kept aside in this browser');
  expect(await storedPlan(page)).toEqual(OLD);
  const aside = await keysAside(page);
  expect(aside).toHaveLength(1);
  expect(aside[0]![0]).toMatch(/^lb-flare-plan\.replaced\.\d+$/);
  expect(JSON.parse(aside[0]![1]!)).toEqual(OTHER);
  const [earlier] = await Promise.all([page.waitForEvent('download'), planGroup(page).getByRole('button', { name: 'Save a copy of the earlier plan' }).click()]);
  expect(JSON.parse(await readFile((await earlier.path())!, 'utf8'))).toEqual(OTHER);

  // The same plan again: nothing to do.
  await bringBack(page, path);
  await expect(planGroup(page)).toContainText('It is the same as the one in this browser');

  await page.clock.resume();
  await page.goto('/flare/');
  await page.evaluate(() => document.getElementById('flare-settle')!.removeAttribute('hidden'));
  const plan = page.getByRole('region', { name: 'Your flare plan' });
  await plan.scrollIntoViewIfNeeded();
  await expect(plan).toContainText('Heat on my back');
});

test('keeping the plan in this browser changes nothing', async ({ page }, info) => {
  const path = info.outputPath('copy.json');
  await writeFile(path, JSON.stringify({ format: 'listening-back-journal', version: 1, exportedAt: NOW.toISOString(), entries: [], flarePlan: OLD }));
  await page.goto('/journal/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [PLAN_KEY, JSON.stringify(OTHER)]);
  await openJournal(page);
  await bringBack(page, path);
  await planGroup(page).getByRole('button', { name: 'Keep the plan in this browser' }).click();
  await expect(planGroup(page).getByRole('status')).toHaveText('You kept the flare plan in this browser. The file is unchanged.');
  expect(await storedPlan(page)).toEqual(OTHER);
  expect(await keysAside(page)).toEqual([]);
});

test('a file whose plan cannot be read says so clearly; its entries still come in, and the plan here is untouched', async ({ page }, info) => {
  const path = info.outputPath('bad-plan.json');
  const entry = { id: 'e1', at: '2026-03-04T08:00:00.000Z', practice: null, minutes: null, tags: [], settled: null, pain: null, text: 'Calmer today.' };
  await writeFile(path, JSON.stringify({ format: 'listening-back-journal', version: 1, exportedAt: NOW.toISOString(), entries: [entry], flarePlan: { version: 1, fields: 'helps' } }));
  await page.goto('/journal/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [PLAN_KEY, JSON.stringify(OTHER)]);
  await openJournal(page);
  await bringBack(page, path);
  await expect(journal(page).getByRole('alert').filter({ hasText: 'The flare plan in this file could not be read, so it was left out.' })).toBeVisible();
  const check = journal(page).getByRole('group', { name: 'Check before adding' });
  await check.getByRole('button', { name: 'Add 1 entry' }).click();
  await expect(journal(page).getByRole('article')).toHaveCount(1);
  expect(await storedPlan(page)).toEqual(OTHER);
});
