import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The breath-anchor timer on its guide page. Time is driven by Playwright's clock: the clock is
// installed before the page loads and paused once the island has hydrated, so the display only
// moves when a test moves time. (Preact runs effects after a frame, so tests give it a short
// runFor after a change that effects must follow.)
const PAGE = '/guides/breath-anchoring/';
const KEY = 'lb-breath-timer-settings';
const T0 = new Date('2026-03-02T08:00:00Z').getTime();

const region = (page: Page) => page.getByRole('region', { name: 'Breath-anchor timer' });
const timer = (page: Page) => region(page).getByRole('timer');
const button = (page: Page, name: string) => region(page).getByRole('button', { name, exact: true });

/** Opens the page with a fake clock, waits for the island to run, then stops time. */
async function openPaused(page: Page, query = ''): Promise<Locator> {
  await page.clock.install({ time: T0 });
  await page.goto(PAGE + query);
  await region(page).scrollIntoViewIfNeeded();
  await expect(button(page, 'Start')).toBeEnabled();
  await page.clock.pauseAt(T0 + 60_000);
  return region(page);
}

/** Opens the page with the real clock and waits for the island to run. */
async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(PAGE + query);
  await region(page).scrollIntoViewIfNeeded();
  await expect(button(page, 'Start')).toBeEnabled();
  return region(page);
}

/** Presses Tab until `target` has focus (keyboard only), failing after 120 presses. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press('Tab');
    if ((await target.count()) === 1 && (await target.evaluate((el) => el === document.activeElement))) return;
  }
  throw new Error('Tab never reached the target');
}

test('is a labelled region that starts with one tap at 5 minutes', async ({ page }) => {
  const widget = await openPaused(page);
  await expect(widget.getByRole('heading', { level: 2, name: 'Breath-anchor timer' })).toBeVisible();
  await expect(widget.getByRole('radio', { name: '5 min', exact: true })).toBeChecked();
  await expect(widget.getByRole('textbox', { name: 'Minutes' })).toHaveValue('5');
  await expect(timer(page)).toHaveText('5:00');
  await button(page, 'Start').click();
  await expect(button(page, 'Pause')).toBeVisible();
  await expect(widget.getByText('Timer started for 5 minutes.')).toBeAttached();
});

test('a keyboard-only 1-minute session ends with the right count and a journal hand-off', async ({ page }) => {
  // No scrolling: Tab from the top of the page, as a keyboard user would, until the island is reached.
  await page.clock.install({ time: T0 });
  await page.goto(PAGE);
  const widget = region(page);
  await tabTo(page, widget.getByRole('radio', { name: '5 min', exact: true }));
  await page.clock.pauseAt(T0 + 60_000);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(widget.getByRole('radio', { name: '1 min', exact: true })).toBeChecked();
  await expect(timer(page)).toHaveText('1:00');
  await tabTo(page, button(page, 'Start'));
  await page.keyboard.press('Enter');
  await expect(button(page, 'Pause')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(button(page, 'Back to my belly')).toBeFocused();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Space');
  await expect(widget.getByText('Times you came back: 3')).toBeVisible();

  await page.clock.fastForward('01:00');
  await page.clock.runFor(500);
  await expect(timer(page)).toHaveText('0:00');
  await expect(widget.getByText('Time is up', { exact: true })).toBeVisible();
  const summary = widget.getByRole('group', { name: 'Your session has ended' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('You came back 3 times.');
  await expect(widget.getByText(/^Time is up\. You came back 3 times\./)).toBeAttached();
  await expect(summary.getByRole('link', { name: 'Note what you noticed' })).toHaveAttribute('href', '/journal/?practice=breath-anchoring&minutes=1');
  await expect(summary.getByRole('link', { name: 'How to keep a body journal' })).toHaveAttribute('href', '/guides/interoceptive-journaling/');
});

test('a minute of fastForward (as in a sleeping tab) moves the display by a minute, and the end is on time', async ({ page }) => {
  await openPaused(page);
  await button(page, 'Start').click();
  await page.clock.runFor(100);
  await expect(timer(page)).toHaveText('5:00');
  // fastForward fires each due timer at most once, as a tab waking from sleep does.
  await page.clock.fastForward('01:00');
  await expect(timer(page)).toHaveText('4:00');
  await page.clock.fastForward('03:59');
  await expect(timer(page)).toHaveText('0:01');
  await page.clock.runFor(100);
  await expect(button(page, 'Pause')).toBeVisible();
  await expect(region(page).getByText('One minute left.', { exact: true })).toBeAttached();
  await page.clock.fastForward(900);
  await expect(timer(page)).toHaveText('0:00');
  await page.clock.runFor(100);
  await expect(button(page, 'Start again')).toBeVisible();
  await expect(region(page).getByText('Time is up', { exact: true })).toBeVisible();
});

test('a heavily throttled tab still ends on time', async ({ page }) => {
  // Background tabs may run repeating timers as rarely as once a minute; here, once every 100 s.
  await page.clock.install({ time: T0 });
  await page.addInitScript(() => {
    const every = window.setInterval.bind(window);
    window.setInterval = ((fn: () => void, ms?: number) => every(fn, Math.max(ms ?? 0, 100_000))) as typeof window.setInterval;
  });
  await page.goto(PAGE);
  await region(page).scrollIntoViewIfNeeded();
  await expect(button(page, 'Start')).toBeEnabled();
  await page.clock.pauseAt(T0 + 60_000);
  await region(page).getByRole('radio', { name: '3 min', exact: true }).check();
  await button(page, 'Start').click();
  await page.clock.runFor(179_000);
  await expect(button(page, 'Pause')).toBeVisible();
  await page.clock.runFor(1_200);
  await expect(button(page, 'Start again')).toBeVisible();
  await expect(timer(page)).toHaveText('0:00');
});

test('pause holds the time, and returns only count while running', async ({ page }) => {
  const widget = await openPaused(page);
  await button(page, 'Start').click();
  // The display follows ticks every 250 ms; a little over 10 s makes sure one has landed.
  await page.clock.runFor(10_300);
  await expect(timer(page)).toHaveText('4:50');
  await button(page, 'Pause').click();
  await expect(widget.getByText('Paused, with 4 minutes 50 seconds left.')).toBeAttached();
  await expect(button(page, 'Back to my belly')).toBeDisabled();
  await page.clock.runFor(90_000);
  await expect(timer(page)).toHaveText('4:50');
  await expect(widget.getByText('Paused', { exact: true })).toBeVisible();
  await button(page, 'Resume').click();
  await page.clock.runFor(10_000);
  await expect(timer(page)).toHaveText('4:40');
  await button(page, 'Reset').click();
  await expect(timer(page)).toHaveText('5:00');
  await expect(button(page, 'Start')).toBeFocused();
});

test('a reload carries on the session in this tab, running or paused; a fresh visit or a reset clears it', async ({ page }) => {
  const widget = await open(page);
  await button(page, 'Start').click();
  await button(page, 'Back to my belly').click();
  // Let a couple of seconds pass, so the carried-on time is visibly less than the length.
  await expect(timer(page)).toHaveText(/^4:5[0-8]$/, { timeout: 10_000 });
  await page.reload();
  await region(page).scrollIntoViewIfNeeded();
  await expect(button(page, 'Pause')).toBeVisible();
  await expect(widget.getByText(/^Your session carries on, with 4 minutes 5\d seconds left\.$/)).toBeAttached();
  await expect(timer(page)).toHaveText(/^4:[45]\d$/);
  await button(page, 'Pause').click();
  const left = await timer(page).textContent();
  await page.reload();
  await region(page).scrollIntoViewIfNeeded();
  await expect(button(page, 'Resume')).toBeVisible();
  await expect(timer(page)).toHaveText(left!);
  // Coming to the page afresh by a link starts idle, and forgets the old session.
  await page.goto(PAGE);
  await region(page).scrollIntoViewIfNeeded();
  await expect(button(page, 'Start')).toBeEnabled();
  await page.reload();
  await region(page).scrollIntoViewIfNeeded();
  await expect(button(page, 'Start')).toBeEnabled();
  await button(page, 'Start').click();
  await button(page, 'Reset').click();
  await expect(timer(page)).toHaveText('5:00');
  await page.reload();
  await region(page).scrollIntoViewIfNeeded();
  await expect(button(page, 'Start')).toBeEnabled();
  await expect(timer(page)).toHaveText('5:00');
});

test('a kept session that cannot be read is kept aside, and the timer starts idle', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => sessionStorage.setItem('lb-breath-timer-session', '{"version":1,"phase":"running"'));
  await page.reload();
  await region(page).scrollIntoViewIfNeeded();
  await expect(button(page, 'Start')).toBeEnabled();
  await expect(timer(page)).toHaveText('5:00');
  const kept = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('lb-breath-timer-session.unreadable.')));
  expect(kept).toHaveLength(1);
});

test('soft bells show a visible cue for readers with sound off', async ({ page }) => {
  const widget = await openPaused(page);
  await widget.getByText('Sound, bells and breath pacer').click();
  await widget.getByRole('checkbox', { name: 'Ring a soft bell now and then' }).check();
  await widget.getByRole('combobox', { name: 'Bell every' }).selectOption('1');
  await button(page, 'Start').click();
  await page.clock.runFor(59_000);
  await expect(widget.getByText('left of 5 min')).toBeVisible();
  await page.clock.runFor(1_200);
  await expect(widget.getByText('Soft bell', { exact: true })).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(widget.getByText('left of 5 min')).toBeVisible();
});

test('Space starts and pauses when the widget has focus, but not in a field', async ({ page }) => {
  const widget = await openPaused(page);
  await widget.getByRole('textbox', { name: 'Minutes' }).press('Space');
  await expect(button(page, 'Start')).toBeVisible();
  await widget.getByRole('heading', { name: 'Breath-anchor timer' }).click();
  await page.keyboard.press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(button(page, 'Resume')).toBeVisible();
});

test('a bad custom length gets a message and cannot start', async ({ page }) => {
  const widget = await openPaused(page);
  const field = widget.getByRole('textbox', { name: 'Minutes' });
  await field.fill('abc');
  await field.press('Tab');
  const message = 'Error: Please type a whole number of minutes from 1 to 60.';
  await expect(field).toHaveAccessibleDescription(`Or type a whole number from 1 to 60. ${message}`);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(widget.getByRole('radio', { checked: true })).toHaveCount(0);
  await button(page, 'Start').click();
  await expect(field).toBeFocused();
  await expect(button(page, 'Pause')).toHaveCount(0);
  await field.fill('61');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('7');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(widget.getByText(message)).toHaveCount(0);
  await expect(timer(page)).toHaveText('7:00');
  await button(page, 'Start').click();
  await expect(widget.getByText('Timer started for 7 minutes.')).toBeAttached();
});

test('?minutes= preselects a length; anything invalid falls back to the default', async ({ page }) => {
  const widget = await open(page, '?minutes=abc');
  await expect(widget.getByRole('radio', { name: '5 min', exact: true })).toBeChecked();
  await expect(timer(page)).toHaveText('5:00');
  await open(page, '?minutes=10');
  await expect(widget.getByRole('radio', { name: '10 min', exact: true })).toBeChecked();
  await expect(timer(page)).toHaveText('10:00');
  await open(page, '?minutes=61');
  await expect(widget.getByRole('radio', { name: '5 min', exact: true })).toBeChecked();
});

test('settings are remembered, and corrupt storage is kept aside under another key', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, '{"version":1,"minutes":"lots"');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY],
  );
  const widget = await open(page);
  await expect(timer(page)).toHaveText('5:00');
  await expect(widget.getByText('Your saved timer settings could not be read')).toBeVisible();
  const stored = await page.evaluate(() => ({ ...localStorage }));
  // The junk is kept, untouched, under a key of its own.
  expect(Object.entries(stored)).toEqual([[expect.stringMatching(/^lb-breath-timer-settings\.unreadable\.\d+$/), '{"version":1,"minutes":"lots"']]);

  await widget.getByRole('radio', { name: '10 min', exact: true }).check();
  await widget.getByText('Sound, bells and breath pacer').click();
  await widget.getByRole('checkbox', { name: 'Show a slow breath pacer' }).check();
  await open(page);
  await expect(widget.getByRole('radio', { name: '10 min', exact: true })).toBeChecked();
  await expect(widget.getByText('Your saved timer settings could not be read')).toHaveCount(0);
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
  expect(saved).toMatchObject({ version: 1, minutes: 10, pacer: true });
});

test('with reduced motion the pacer changes opacity and words only', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await openPaused(page);
  await widget.getByText('Sound, bells and breath pacer').click();
  await widget.getByRole('checkbox', { name: 'Show a slow breath pacer' }).check();
  await button(page, 'Start').click();
  await page.clock.runFor(1000);
  await expect(widget.getByText('Breathe in', { exact: true })).toBeVisible();
  const orb = widget.locator('.bt-pacer-orb');
  const look = () => orb.evaluate((el) => ({ transform: getComputedStyle(el).transform, opacity: Number(getComputedStyle(el).opacity) }));
  const first = await look();
  expect(first.transform).toBe('none');
  await page.clock.runFor(3500);
  await expect(widget.getByText('Breathe out', { exact: true })).toBeVisible();
  await expect.poll(async () => (await look()).opacity).toBeGreaterThan(first.opacity);
  expect((await look()).transform).toBe('none');
});

test('without reduced motion the pacer grows and shrinks', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const widget = await openPaused(page);
  await widget.getByText('Sound, bells and breath pacer').click();
  await widget.getByRole('checkbox', { name: 'Show a slow breath pacer' }).check();
  await button(page, 'Start').click();
  await page.clock.runFor(2000);
  const transform = await widget.locator('.bt-pacer-orb').evaluate((el) => getComputedStyle(el).transform);
  expect(transform).not.toBe('none');
});

test('axe finds nothing while running, paused and ended, in light and dark', { tag: '@axe' }, async ({ page }) => {
  const widget = await openPaused(page);
  await widget.getByText('Sound, bells and breath pacer').click();
  await widget.getByRole('checkbox', { name: 'Show a slow breath pacer' }).check();
  await button(page, 'Start').click();
  await page.clock.runFor(1000);
  await page.clock.resume(); // axe waits on timers of its own
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, 'section.bt');
  }
  await button(page, 'Pause').click();
  await expectNoAxeViolations(page, 'section.bt');
  await button(page, 'Resume').click();
  await page.clock.fastForward('05:00');
  await button(page, 'Start again').waitFor();
  await expectNoAxeViolations(page, 'section.bt');
});

test('no horizontal scroll at 360 px, running with the pacer', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openPaused(page);
  await widget.getByText('Sound, bells and breath pacer').click();
  await widget.getByRole('checkbox', { name: 'Show a slow breath pacer' }).check();
  await button(page, 'Start').click();
  await page.clock.runFor(1000);
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.doc).toBeLessThanOrEqual(widths.view);
  const box = await widget.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  const belly = await button(page, 'Back to my belly').boundingBox();
  expect(belly!.height).toBeGreaterThanOrEqual(44);
  expect(belly!.width).toBeGreaterThanOrEqual(44);
});

test('sound waits for a gesture, and the screen is kept awake only while running', async ({ page }) => {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __log: string[] }).__log = log;
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor() {
        super();
        log.push('audio');
      }
    };
    Object.defineProperty(navigator, 'wakeLock', {
      value: { request: async () => (log.push('lock'), { release: async () => void log.push('release') }) },
    });
  });
  await openPaused(page);
  const log = () => page.evaluate(() => (window as unknown as { __log: string[] }).__log.join(' '));
  expect(await log()).toBe('');
  await button(page, 'Start').click();
  await page.clock.runFor(500);
  await expect.poll(log).toBe('audio lock');
  await button(page, 'Pause').click();
  await page.clock.runFor(500);
  await expect.poll(log).toBe('audio lock release');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the practice and how to time it with a phone, and no dead controls', async ({ page }) => {
    await page.goto(PAGE);
    const widget = region(page);
    await expect(widget.getByRole('heading', { level: 2, name: 'Breath-anchor timer' })).toBeVisible();
    await expect(widget).toContainText('You can use the clock app on your phone instead');
    await expect(widget.getByRole('listitem')).toHaveCount(6);
    await expect(widget.getByRole('button')).toHaveCount(0);
    await expect(widget.getByRole('textbox')).toHaveCount(0);
    await expect(widget.getByRole('radio')).toHaveCount(0);
  });
});
