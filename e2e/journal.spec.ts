import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The interoceptive journal on its own page and in its guide. Entries live in localStorage under
// "lb-journal"; tests read that to check what was really kept. Dates are shown in en-GB, London time.
const PAGE = '/journal/';
const GUIDE = '/guides/interoceptive-journaling/';
const KEY = 'lb-journal';
const NOW = new Date('2026-03-05T09:30:00Z');

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const region = (page: Page) => page.getByRole('region', { name: 'Interoceptive journal' });
const form = (page: Page) => region(page).getByRole('form');
const filters = (page: Page) => region(page).getByRole('search', { name: 'Filter entries' });
const entries = (page: Page) => region(page).getByRole('article');
const status = (page: Page) => region(page).getByRole('status').first();
const more = (page: Page) => form(page).locator('details.jr-more');

/** Opens "Add details" if it is closed (it starts closed on a phone, open on wider screens). */
async function openDetails(page: Page): Promise<void> {
  if (await more(page).evaluate((d) => (d as HTMLDetailsElement).open)) return;
  await form(page).getByText('Add details', { exact: true }).click();
  await expect(form(page).getByLabel('Date and time')).toBeVisible();
}

/** Chooses a file through "Bring back a saved copy", as a reader would: the button opens the file picker. */
async function bringBack(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    region(page).getByRole('button', { name: 'Bring back a saved copy' }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Opens a journal page with a fixed "now" and waits for the island to run. */
async function open(page: Page, path = PAGE): Promise<Locator> {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
  await region(page).scrollIntoViewIfNeeded();
  await expect(form(page)).toBeVisible();
  return region(page);
}

/** Fills and saves one entry through the form, as a reader would. */
async function addEntry(
  page: Page,
  e: { text: string; tags?: string[]; practice?: string; settled?: string; at?: string; storageWorks?: boolean },
) {
  const f = form(page);
  const count = (await stored(page))?.entries.length ?? 0;
  if (e.at || e.practice || e.tags?.length || e.settled) await openDetails(page);
  if (e.at) await f.getByLabel('Date and time').fill(e.at);
  if (e.practice) await f.getByLabel('Practice').selectOption({ label: e.practice });
  await f.getByLabel('What did you notice?').fill(e.text);
  for (const t of e.tags ?? []) await f.getByRole('checkbox', { name: t, exact: true }).check();
  if (e.settled) await f.getByLabel('How settled do you feel? (optional)').selectOption(e.settled);
  await f.getByRole('button', { name: 'Save entry' }).click();
  await expect(status(page)).toHaveText('Entry saved.');
  // The status reads the same after every save: wait for the stored list to grow as well.
  if (e.storageWorks !== false) await expect.poll(async () => (await stored(page))?.entries.length ?? 0).toBe(count + 1);
}

/** Scrolls to the patterns, whose charts load as they come near. */
async function showPatterns(page: Page): Promise<void> {
  await region(page).getByRole('heading', { name: 'Patterns in the last 30 days' }).scrollIntoViewIfNeeded();
  await expect(region(page).getByRole('figure').first()).toBeVisible();
}

/** The entries as stored in the browser. */
async function stored(page: Page): Promise<{ version: number; entries: Record<string, unknown>[] }> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
}

/** Puts raw text in storage, then reloads so the journal reads it. */
async function seed(page: Page, text: string): Promise<void> {
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, text]);
  await page.reload();
  await expect(form(page)).toBeVisible();
}

test('is a labelled region that says entries stay on this device', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto(PAGE);
  const widget = region(page);
  await expect(form(page)).toBeVisible();
  // Loading the journal moves neither focus nor the page (checked after effects have had two frames).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.evaluate(() => [document.activeElement === document.body, scrollY])).toEqual([true, 0]);
  await expect(widget.getByRole('heading', { level: 2, name: 'Interoceptive journal' })).toBeVisible();
  await expect(widget.getByText('Your entries stay on this device, in this browser. They are not sent anywhere.')).toBeVisible();
  // On a desktop-sized screen the details start open.
  await expect(more(page)).toHaveAttribute('open', '');
  await expect(form(page).getByLabel('Date and time')).toHaveValue('2026-03-05T09:30');
  await expect(form(page).getByRole('checkbox', { name: 'Add a pain number' })).not.toBeChecked();
  await expect(form(page).getByLabel('Pain, 0 to 10')).toHaveCount(0);
  await expect(widget.getByText('No entries yet.')).toBeVisible();
  await expect(widget.getByText(/this page needs JavaScript/)).toBeHidden();
  // Prompts are one tap away while writing.
  await form(page).getByText('Need a prompt?').click();
  await expect(form(page).getByText('What is one small thing I discovered today?')).toBeVisible();
});

test('add, edit, filter, and delete with undo; reload keeps entries', async ({ page }) => {
  const widget = await open(page);
  await addEntry(page, { text: 'My jaw let go.', practice: 'Body scan', tags: ['softening'], settled: '7', at: '2026-03-04T08:15' });
  await addEntry(page, { text: 'Heavy legs, warm hands.', practice: 'Pendulation', tags: ['heaviness', 'warmth'] });
  await expect(entries(page)).toHaveCount(2);
  // Newest first.
  await expect(entries(page).first()).toContainText('Heavy legs, warm hands.');
  await expect(entries(page).nth(1)).toContainText('Body scan · settled 7 out of 10');

  // Own words become tags; pain only when turned on.
  const f = form(page);
  await f.getByLabel('Date and time').fill('2026-03-05T09:45');
  await f.getByLabel('What did you notice?').fill('Fizzy feet.');
  await f.getByLabel('Your own words').fill('Fizzy, open');
  await f.getByRole('checkbox', { name: 'Add a pain number' }).check();
  await f.getByLabel('Pain, 0 to 10').selectOption('3');
  await f.getByRole('button', { name: 'Save entry' }).click();
  await expect(entries(page).first().getByRole('list', { name: 'Sensations' }).getByRole('listitem')).toHaveText(['fizzy', 'open']);
  await expect(entries(page).first()).toContainText('pain 3 out of 10');

  // Edit the first entry (the jaw one is now the oldest).
  const jaw = entries(page).filter({ hasText: 'My jaw let go.' });
  await jaw.getByRole('button', { name: /^Edit entry from/ }).click();
  await expect(widget.getByRole('heading', { name: 'Edit entry' })).toBeFocused();
  await expect(f.getByLabel('What did you notice?')).toHaveValue('My jaw let go.');
  await f.getByLabel('What did you notice?').fill('My jaw let go, then my shoulders.');
  await f.getByRole('button', { name: 'Save changes' }).click();
  await expect(status(page)).toHaveText('Changes saved.');
  await expect(entries(page)).toHaveCount(3);
  await expect(entries(page).nth(2)).toContainText('My jaw let go, then my shoulders.');

  // Filter by practice, by tag, and search.
  await filters(page).getByLabel('Practice').selectOption({ label: 'Pendulation' });
  await expect(entries(page)).toHaveCount(1);
  await expect(widget.getByText('Showing 1 of 3 entries.')).toBeVisible();
  await filters(page).getByLabel('Practice').selectOption({ label: 'All practices' });
  await filters(page).getByLabel('Sensation').selectOption('softening');
  await expect(entries(page)).toHaveText([/shoulders/]);
  await filters(page).getByLabel('Sensation').selectOption({ label: 'All sensations' });
  await filters(page).getByLabel('Search your notes').fill('FIZZY');
  await expect(entries(page)).toHaveText([/Fizzy feet/]);
  await filters(page).getByLabel('Search your notes').fill('');
  await expect(entries(page)).toHaveCount(3);

  // Delete asks first; "No, keep it" is where focus starts; Escape keeps the entry.
  const heavy = entries(page).filter({ hasText: 'Heavy legs' });
  await heavy.getByRole('button', { name: /^Delete entry from/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete this entry?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'No, keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(entries(page)).toHaveCount(3);

  await heavy.getByRole('button', { name: /^Delete entry from/ }).click();
  await dialog.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(entries(page)).toHaveCount(2);
  await expect(status(page)).toHaveText('Entry deleted.');
  const undo = widget.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect.poll(async () => (await stored(page)).entries).toHaveLength(2);
  await page.keyboard.press('Enter');
  await expect(entries(page)).toHaveCount(3);
  await expect.poll(async () => (await stored(page)).entries).toHaveLength(3);

  await page.reload();
  await expect(entries(page)).toHaveCount(3);
  await expect(entries(page).nth(2)).toContainText('My jaw let go, then my shoulders.');
  const data = await stored(page);
  expect(data.version).toBe(1);
  expect(data.entries[2]).toEqual({
    id: expect.any(String),
    at: '2026-03-04T08:15:00.000Z',
    practice: 'body-scan',
    minutes: null,
    text: 'My jaw let go, then my shoulders.',
    tags: ['softening'],
    settled: 7,
    pain: null,
  });
});

test('an empty entry gets a clear message on the field and saves nothing', async ({ page }) => {
  await open(page);
  await form(page).getByRole('button', { name: 'Save entry' }).click();
  const text = form(page).getByLabel('What did you notice?');
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(text).toHaveAccessibleDescription(/Write a few words or choose a sensation, then save\./);
  expect(await stored(page)).toBeNull();
});

test('delete everything asks first, and can be undone', async ({ page }) => {
  const widget = await open(page);
  await addEntry(page, { text: 'One.' });
  await addEntry(page, { text: 'Two.' });
  await widget.getByRole('button', { name: 'Delete all entries' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete all 2 entries?' });
  await dialog.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(widget.getByText('No entries yet.')).toBeVisible();
  await expect.poll(async () => (await stored(page)).entries).toEqual([]);
  await widget.getByRole('button', { name: 'Undo' }).click();
  await expect(entries(page)).toHaveCount(2);
});

test('a hand-off fills in the practice and length; odd values fall back to empty', async ({ page }) => {
  await open(page, `${PAGE}?practice=pendulation&minutes=10`);
  await expect(form(page).getByLabel('Practice')).toHaveValue('pendulation');
  await expect(form(page).getByLabel('Length in minutes (optional)')).toHaveValue('10');
  await open(page, `${PAGE}?practice=juggling&minutes=-3`);
  await expect(form(page).getByLabel('Practice')).toHaveValue('');
  await expect(form(page).getByLabel('Length in minutes (optional)')).toHaveValue('');
  await open(page, `${GUIDE}?practice=breath-anchoring&minutes=1`);
  await expect(form(page).getByLabel('Practice')).toHaveValue('breath-anchoring');
  await expect(form(page).getByLabel('Length in minutes (optional)')).toHaveValue('1');
});

test('a session stopped early starts the note with that fact, in plain words, kept only as the reader leaves it', async ({ page }) => {
  await open(page, `${PAGE}?practice=body-scan&minutes=2&stopped=early`);
  const note = form(page).getByLabel('What did you notice?');
  await expect(note).toHaveValue('I stopped this session before its planned end. ');
  await expect(form(page).getByLabel('Practice')).toHaveValue('body-scan');
  await note.press('End');
  await note.pressSequentially('Warmer hands.');
  await form(page).getByRole('button', { name: 'Save entry' }).click();
  await expect(entries(page).first()).toContainText('I stopped this session before its planned end. Warmer hands.');
  await expect.poll(async () => (await stored(page)).entries.map((e) => e['text'])).toEqual([
    'I stopped this session before its planned end. Warmer hands.',
  ]);
  await open(page, `${PAGE}?practice=body-scan&minutes=2`);
  await expect(form(page).getByLabel('What did you notice?')).toHaveValue('');
});

test('export as JSON and Markdown, then import into a cleared browser gives the same entries', async ({ page }, info) => {
  const widget = await open(page);
  await addEntry(page, { text: 'Warm belly.', practice: 'Breath anchoring', tags: ['warmth'], settled: '6', at: '2026-03-03T07:00' });
  await addEntry(page, { text: 'Tight *neck*, then softer.', tags: ['tightness', 'softening'] });
  const before = (await stored(page)).entries;

  const saveCopy = widget.getByRole('button', { name: 'Save a copy of your journal' });
  await expect(saveCopy).toHaveAccessibleDescription('You can bring it back here later, in this browser or another.');
  const [json] = await Promise.all([page.waitForEvent('download'), saveCopy.click()]);
  expect(json.suggestedFilename()).toBe('listening-back-journal-2026-03-05.json');
  const jsonPath = info.outputPath('journal.json');
  await json.saveAs(jsonPath);
  const exported = JSON.parse(await readFile(jsonPath, 'utf8'));
  expect(exported).toEqual({ format: 'listening-back-journal', version: 1, exportedAt: NOW.toISOString(), entries: before });

  const [md] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Save a copy to read or print' }).click()]);
  expect(md.suggestedFilename()).toBe('listening-back-journal-2026-03-05.md');
  const markdown = await readFile((await md.path()) ?? '', 'utf8');
  expect(markdown).toContain('# My interoceptive journal');
  expect(markdown).toContain('2 entries, newest first.');
  expect(markdown).toMatch(
    /## Tuesday,? 3 March 2026 at 07:00\n\n- Practice: Breath anchoring\n- Sensations: warmth\n- How settled: 6 out of 10\n\n> Warm belly\./,
  );
  expect(markdown).toContain('> Tight \\*neck\\*, then softer.');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(widget.getByText('No entries yet.')).toBeVisible();
  // No raw file control shows: a plain button opens the picker, and the chosen file is announced.
  await expect(widget.locator('input[type="file"]')).toBeHidden();
  await bringBack(page, jsonPath);
  await expect(widget.getByRole('status').filter({ hasText: 'Chosen file: journal.json' })).toBeVisible();
  const preview = widget.getByRole('group', { name: 'Check before adding' });
  await expect(preview).toContainText('journal.json holds 2 entries. 2 entries are new.');
  await preview.getByRole('button', { name: 'Add 2 entries' }).click();
  await expect(status(page)).toHaveText('Added 2 entries.');
  await expect(entries(page)).toHaveCount(2);
  await expect.poll(async () => (await stored(page)).entries).toEqual(before);

  // The same file again adds nothing.
  await bringBack(page, jsonPath);
  await expect(preview).toContainText('All of them are already in your journal. 2 are already here and will be left out.');
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(entries(page)).toHaveCount(2);
});

test('a bad import file gets a clear message and changes nothing', async ({ page }, info) => {
  const widget = await open(page);
  await addEntry(page, { text: 'Still here.' });
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const bad = info.outputPath('notes.json');
  await writeFile(bad, '{"hello": "world"');
  await bringBack(page, bad);
  await expect(widget.getByRole('alert').filter({ hasText: 'This file is not a journal export' })).toBeVisible();
  await expect(widget.getByRole('group', { name: 'Check before adding' })).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  await expect(entries(page)).toHaveCount(1);
});

test('corrupt storage is kept aside and does not break the page', { tag: '@axe' }, async ({ page }) => {
  const widget = await open(page);
  await seed(page, '{"version":1,"entries":[{"id":');
  await expect(widget.getByText('Your saved journal could not be read. It was kept aside on this device, not deleted.')).toBeVisible();
  await expect(widget.getByText('You can save a copy of it or delete it under “Kept aside”, near the end of the journal.')).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lb-journal.unreadable.')));
  expect(kept).toHaveLength(1);
  // What was kept aside can be downloaded, byte for byte as it was stored.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('button', { name: 'Save a copy of what was kept aside' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^listening-back-journal-kept-aside-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file.format).toBe('listening-back-journal-kept-aside');
  expect(file.items).toEqual([{ key: kept[0], text: '{"version":1,"entries":[{"id":' }]);
  await addEntry(page, { text: 'A fresh start.' });
  await expect(entries(page)).toHaveCount(1);
  // On a later visit the notice is gone, but what was kept aside can still be downloaded or deleted.
  await page.reload();
  const keptPart = widget.getByRole('heading', { name: 'Kept aside' });
  await keptPart.scrollIntoViewIfNeeded();
  await expect(widget.getByRole('button', { name: 'Save a copy of what was kept aside' })).toBeVisible();
  await expectNoAxeViolations(page);
  await widget.getByRole('button', { name: 'Delete what was kept aside' }).click();
  await expect(widget.getByText('Delete it for good? This cannot be undone.')).toBeFocused();
  await widget.getByRole('button', { name: 'No, keep it' }).click();
  await expect(widget.getByRole('button', { name: 'Delete what was kept aside' })).toBeFocused();
  await widget.getByRole('button', { name: 'Delete what was kept aside' }).click();
  await widget.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(widget.getByRole('status').filter({ hasText: 'What was kept aside has been deleted.' })).toBeVisible();
  await expect(keptPart).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lb-journal.')))).toEqual([]);
  await expect(entries(page)).toHaveCount(1);
});

test('unreadable entries are kept aside and reported; the rest load', async ({ page }) => {
  const widget = await open(page);
  const good = {
    id: 'g',
    at: '2026-03-01T10:00:00.000Z',
    practice: null,
    minutes: null,
    text: 'Fine.',
    tags: [],
    settled: null,
    pain: null,
  };
  await seed(page, JSON.stringify({ version: 1, entries: [good, { id: 'b', at: 'never' }, 42] }));
  await expect(widget.getByText('2 entries could not be read and were kept aside on this device.')).toBeVisible();
  await expect(entries(page)).toHaveText([/Fine\./]);
  expect(await page.evaluate(() => localStorage.getItem('lb-journal.kept-aside'))).toBe('[{"id":"b","at":"never"},42]');
});

test('a full storage gets a clear message and the offer to download a copy', async ({ page }) => {
  const widget = await open(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await addEntry(page, { text: 'Kept for now.', storageWorks: false });
  await expect(widget.getByText(/Your last change could not be saved, because the storage in this browser is full\./)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('alert').getByRole('button', { name: 'Save a copy of your journal' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
});

test('patterns show the last 30 days as charts with tables', async ({ page }) => {
  const widget = await open(page);
  await addEntry(page, { text: 'a', tags: ['warmth', 'tingling'], settled: '4', at: '2026-03-01T09:00' });
  await addEntry(page, { text: 'b', tags: ['warmth'], settled: '8', at: '2026-03-04T09:00' });
  await addEntry(page, { text: 'old', tags: ['numbness'], at: '2026-01-01T09:00' });
  await showPatterns(page);
  await expect(widget.getByText('2 entries from 4 Feb to today.')).toBeVisible();
  const tags = widget.getByRole('figure', { name: 'Sensations you noted' });
  await tags.getByText('Show as a table').click();
  await expect(tags.getByRole('row')).toHaveText(
    ['Sensation Entries', 'warmth 2', 'tingling 1'].map((t) => new RegExp(t.replace(' ', '\\s*'))),
  );
  const weeks = widget.getByRole('figure', { name: 'Sessions per week' });
  await weeks.getByText('Show as a table').click();
  await expect(weeks.getByRole('row').last()).toHaveText(/27 Feb to 5 Mar\s*2/);
  const settled = widget.getByRole('figure', { name: 'How settled you felt' });
  await expect(settled.locator('svg circle')).toHaveCount(2);
});

test('with nothing from the last 30 days, patterns say so without downloading the charts', async ({ page }) => {
  const chartCode: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/Patterns\.[\w-]+\.js$/.test(new URL(r.url()).pathname)) chartCode.push(r.url());
  });
  const widget = await open(page);
  await addEntry(page, { text: 'old', tags: ['numbness'], at: '2026-01-01T09:00' });
  await widget.getByRole('heading', { name: 'Patterns in the last 30 days' }).scrollIntoViewIfNeeded();
  await expect(widget.getByText('Nothing from the last 30 days yet.', { exact: false })).toBeVisible();
  await expect(widget.getByRole('figure')).toHaveCount(0);
  expect(chartCode).toEqual([]);
  await addEntry(page, { text: 'new', tags: ['warmth'], at: '2026-03-04T09:00' });
  await showPatterns(page);
  expect(chartCode).toHaveLength(1);
  await expect(widget.getByText('Nothing from the last 30 days yet.', { exact: false })).toHaveCount(0);
});

test('no axe violations with entries and charts, in light and dark', { tag: '@axe' }, async ({ page }) => {
  await open(page);
  await addEntry(page, { text: 'Calm chest.', tags: ['stillness'], settled: '5', at: '2026-03-02T20:00' });
  await showPatterns(page);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await region(page)
    .getByRole('button', { name: /^Delete entry from/ })
    .click();
  await expectNoAxeViolations(page);
});

test('the guide embeds the journal right after its steps, without axe violations', { tag: '@axe' }, async ({ page }) => {
  await open(page, GUIDE);
  const heading = page.getByRole('heading', { level: 2, name: 'Your journal' });
  await expect(heading).toBeVisible();
  const order = await page.locator('h2').allTextContents();
  expect(order.slice(order.indexOf('Steps'), order.indexOf('Steps') + 3)).toEqual(['Steps', 'Your journal', 'Interoceptive journal']);
  await expectNoAxeViolations(page);
});

test('the top fields never overlap and share one line, at every width from 320 to 1920 px', async ({ page }) => {
  for (const path of [PAGE, GUIDE]) {
    await open(page, path);
    for (const width of [320, 360, 480, 540, 600, 640, 700, 768, 1024, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await openDetails(page);
      const f = form(page);
      const boxes = await Promise.all(
        [f.getByLabel('Date and time'), f.getByLabel('Practice'), f.getByLabel('Length in minutes (optional)')].map(async (l) => (await l.boundingBox())!),
      );
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0;
          expect(overlap, `${path} at ${width} px: ${JSON.stringify([a, b])}`).toBe(false);
          // Side by side, two fields start on the same line and are the same height.
          if (Math.abs(a.y - b.y) < a.height) expect([b.y, b.height], `${path} at ${width} px`).toEqual([a.y, a.height]);
        }
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
    }
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the note comes first; the rest waits behind "Add details", which says what is filled in', async ({ page }) => {
    await open(page, `${PAGE}?practice=pendulation&minutes=10`);
    const f = form(page);
    const fields = () =>
      f.locator('input, select, textarea').evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute('type') ?? el.localName));
    // Before "Add details": the one box that matters, no other field and no chip.
    expect(await fields()).toEqual(['textarea']);
    const summary = f.locator('details.jr-more > summary');
    await expect(summary).toHaveText(/^Add details\s*Pendulation, 10 minutes$/);
    // The keyboard reaches it right after the note; Enter opens it (a native disclosure).
    await f.getByLabel('What did you notice?').focus();
    await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(more(page)).toHaveAttribute('open', '');
    expect((await fields()).length).toBeGreaterThan(20);
    await expect(f.getByLabel('Practice')).toHaveValue('pendulation');
    // Open, the summary is "Add details" alone: the fields show what is filled in.
    await expect(f.locator('.jr-more-hint')).toBeHidden();

    // Closed again, a problem in a field inside opens it, and focus goes to that field.
    await f.getByLabel('Length in minutes (optional)').fill('lots');
    await f.getByRole('checkbox', { name: 'warmth', exact: true }).check();
    await summary.click();
    await expect(more(page)).not.toHaveAttribute('open');
    await expect(summary).toHaveText(/^Add details\s*Pendulation, 1 sensation$/);
    await f.getByRole('button', { name: 'Save entry' }).click();
    const minutes = f.getByLabel('Length in minutes (optional)');
    await expect(minutes).toBeFocused();
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(more(page)).toHaveAttribute('open', '');
  });
  test('nothing scrolls sideways and targets are at least 44 px', async ({ page }) => {
    await open(page);
    await addEntry(page, {
      text: 'A long line without spaces: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      tags: ['emotion rising'],
      settled: '3',
    });
    await showPatterns(page);
    await region(page).getByText('Show as a table').first().click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const small = await region(page)
      .locator('button, select, input:not([type="checkbox"]), summary, label:has(> input[type="checkbox"])')
      .evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => [el.textContent?.trim() || el.outerHTML.slice(0, 60), el.getBoundingClientRect().height] as const)
          .filter(([, h]) => h < 44),
      );
    expect(small).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page offers printable prompts and says what needs JavaScript', async ({ page }) => {
    await page.goto(PAGE);
    const widget = region(page);
    await expect(widget.getByText('Where in my body did I feel the most today?')).toBeVisible();
    await expect(widget.getByText('something eases or lets go')).toBeVisible();
    await expect(widget.getByText(/this page needs JavaScript/)).toBeVisible();
    await expect(widget.getByRole('button')).toHaveCount(0);
    await expect(widget.getByRole('textbox')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(widget.getByText(/this page needs JavaScript/)).toBeHidden();
    await expect(widget.getByText('Where in my body did I feel the most today?')).toBeVisible();
  });
});
