import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse } from 'yaml';
import { buildPlan, keptIn } from '../src/islands/practice-player/lay-out';
import { fillPlaces, USUAL_PHRASES } from '../src/islands/practice-player/pendulation/places';
import { sentences, type Script } from '../src/islands/practice-player/plan';
import { DIST } from './dist-files';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { LOCAL_VOICE, REMOTE_VOICE, speechCalls, spoken, stubSpeech } from './speech-stub';

// The practice player: a start card under each practice guide's title, and a full-screen view while
// a session runs. Time is Playwright's clock (installed before the page loads, paused once the
// island runs); speech is a stub, as headless Chromium has no voices.

const T0 = new Date('2026-03-02T07:00:00Z').getTime();
const GUIDES = ['body-scan', 'somatic-tracking', 'micro-movement-mapping', 'breath-anchoring', 'pendulation'];

/** A script as the player gets it: the YAML with the schema's defaults filled in. */
function script(slug: string): Script {
  const raw = parse(readFileSync(join(import.meta.dirname, `../content/practices/${slug}.yaml`), 'utf8')) as Script;
  return { ...raw, steps: raw.steps.map((s) => ({ ...s, share: s.share ?? 0, safety: s.safety ?? false })) };
}

const card = (page: Page) => page.getByRole('region', { name: /^Guided practice:/ });
const view = (page: Page) => page.getByRole('dialog');
// Pendulation's says "Start with the usual settings": its places wait behind "More options".
const startButton = (page: Page) => card(page).getByRole('button', { name: /^Start (a practice|with the usual settings)$/ });
const stopButton = (page: Page) => view(page).getByRole('button', { name: 'Stop and ground' });
/** The words on screen in the view (the live region holds them too, for screen readers). */
const words = (page: Page) => view(page).locator('.pp-words');

/** Opens a guide with a fake clock and stubbed speech, waits for the island and the voice list, then stops time. */
async function open(page: Page, slug: string, voices = [REMOTE_VOICE, LOCAL_VOICE]): Promise<void> {
  await page.clock.install({ time: T0 });
  await stubSpeech(page, voices);
  await page.goto(`/guides/${slug}/`);
  await settle(page);
}

/** After a load: lets time run until the island is ready and knows its voices, then holds time still. */
async function settle(page: Page): Promise<void> {
  await page.clock.resume();
  await expect(startButton(page).or(card(page).getByRole('button', { name: 'Resume' }))).toBeEnabled();
  await expect(card(page).getByText(/looking for a voice/)).toHaveCount(0);
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
}

/**
 * Presses Start and waits for the session to run: its parts (the lay-out, the practice's own
 * behaviour) come by a dynamic import as Start is pressed, so the session starts a moment later.
 */
async function begin(page: Page, how: 'click' | 'tap' = 'click'): Promise<void> {
  await startButton(page)[how]();
  await expect(view(page).getByRole('button', { name: 'Pause' })).toBeVisible();
}

/** Opens "More options" and picks a length. */
async function chooseLength(page: Page, minutes: number): Promise<void> {
  await card(page).getByText('More options').click();
  await card(page).getByRole('radio', { name: `${minutes} min`, exact: true }).check();
}

/** True when the element is wholly inside the viewport. */
async function onScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const { width, height } = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  for (const slug of GUIDES) {
    test(`${slug}: its Start button is on the first screen`, async ({ page }) => {
      await page.goto(`/guides/${slug}/`);
      await expect(startButton(page)).toBeEnabled();
      expect(await onScreen(page, startButton(page))).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('one tap starts a spoken 3-minute body scan; every cue is said in order with the local voice, and Stop and ground is on screen throughout', async ({ page }) => {
    // It walks a whole session two seconds at a time (90 steps, each checked on screen): give it room
    // on a slow, busy machine.
    test.setTimeout(120_000);
    await open(page, 'body-scan');
    await chooseLength(page, 3);
    await begin(page, 'tap');
    const plan = buildPlan(script('body-scan'), 3, 'usual', 0);
    for (let t = 0; t < plan.totalMs; t += 2000) {
      expect(await onScreen(page, stopButton(page)), `Stop and ground on screen at ${t} ms`).toBe(true);
      await page.clock.runFor(2000);
    }
    await page.clock.runFor(3000);
    await expect(view(page).getByRole('heading', { name: 'Your practice has ended' })).toBeVisible();
    const expected = plan.steps.filter((s) => s.kind !== 'silence').flatMap((s) => sentences(s.text));
    expect(await spoken(page)).toEqual(expected);
    const voices = new Set((await speechCalls(page)).flatMap((c) => (c.type === 'speak' ? [c.voice] : [])));
    expect([...voices]).toEqual([LOCAL_VOICE.name]);
    await expect(view(page).getByRole('link', { name: 'Note what you noticed' })).toHaveAttribute('href', '/journal/?practice=body-scan&minutes=3');
  });
});

test('pause cancels the voice; resume says the current cue again from its start', async ({ page }) => {
  await open(page, 'breath-anchoring');
  await begin(page);
  const plan = buildPlan(script('breath-anchoring'), 5, 'usual', 0);
  const second = plan.steps[1]!;
  // Into the second cue, after its first sentence has been said.
  await page.clock.runFor(second.startMs + 2000);
  const firstOfSecond = sentences(second.text)[0]!;
  expect((await spoken(page)).at(-1)).toBe(firstOfSecond);
  await view(page).getByRole('button', { name: 'Pause' }).click();
  expect((await speechCalls(page)).at(-1)).toEqual({ type: 'cancel' });
  await expect(view(page).getByRole('timer')).toContainText('Paused');
  await page.clock.runFor(60_000);
  const before = (await spoken(page)).length;
  await view(page).getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(1500);
  expect((await spoken(page)).slice(before)).toEqual([firstOfSecond]);
  await expect(words(page)).toHaveText(second.text);
});

test('with only a remote voice on the device, it says so and runs with words and sounds, never speaking', async ({ page }) => {
  await open(page, 'somatic-tracking', [REMOTE_VOICE]);
  await expect(card(page).getByText('3 minutes, words and soft sounds.')).toBeVisible();
  await card(page).getByText('More options').click();
  await expect(card(page).getByText(/This device has no voice that works offline/)).toBeVisible();
  await begin(page);
  await expect(view(page).getByText(/No voice on this device works offline/)).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(words(page)).toHaveText(script('somatic-tracking').steps[2]!.text);
  expect(await speechCalls(page)).toEqual([]);
});

test('Stop and ground leads to grounding words, the crisis lines and red flags, then a kind end that keeps it as stopped early', async ({ page }) => {
  await open(page, 'pendulation');
  await begin(page);
  await page.clock.runFor(130_000);
  await stopButton(page).click();
  const grounding = script('pendulation').grounding;
  await expect(view(page).getByRole('heading', { name: 'Stop and ground' })).toBeFocused();
  await expect(words(page)).toHaveText(grounding);
  await page.clock.runFor(30_000);
  await page.clock.resume();
  expect((await spoken(page)).slice(-sentences(grounding).length)).toEqual(sentences(grounding));
  await expect(view(page).getByRole('link', { name: 'red flags for back pain' })).toHaveAttribute('href', '/guides/red-flags/');
  await expect(view(page).getByRole('link', { name: 'call 999' }).first()).toHaveAttribute('href', 'tel:999');
  await expectNoAxeViolations(page);
  await view(page).getByRole('button', { name: 'I feel steady now' }).click();
  await expect(view(page).getByRole('heading', { name: 'You stopped, and that is fine' })).toBeFocused();
  await expect(view(page).getByText('You practised for 2 minutes. Stopping when you need to is part of the practice.')).toBeVisible();
  await expect(view(page).getByRole('link', { name: 'Note what you noticed' })).toHaveAttribute('href', '/journal/?practice=pendulation&minutes=2&stopped=early');
  await view(page).getByRole('button', { name: 'Close' }).click();
  await expect(view(page)).toBeHidden();
  await expect(startButton(page)).toBeVisible();
});

test('the back button closes the view and pauses; the card offers Resume, Stop and ground, and a Reset that asks first', async ({ page }) => {
  await open(page, 'body-scan');
  await begin(page);
  await page.clock.runFor(20_000);
  await page.goBack();
  await expect(view(page)).toBeHidden();
  await expect(page).toHaveURL(/\/guides\/body-scan\/$/);
  await expect(card(page).getByText(/^Body scan is paused, with 9:40 left\.$/)).toBeVisible();
  await card(page).getByRole('button', { name: 'Reset' }).click();
  await expect(card(page).getByRole('button', { name: 'No, keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await card(page).getByRole('button', { name: 'Resume' }).click();
  await expect(view(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view(page)).toBeHidden();
  await card(page).getByRole('button', { name: 'Reset' }).click();
  await card(page).getByRole('button', { name: 'Yes, reset' }).click();
  await expect(startButton(page)).toBeFocused();
});

test('keyboard alone: Tab to Start, Enter, then Pause and Stop and ground inside the view; axe finds nothing in either', async ({ page }) => {
  await open(page, 'micro-movement-mapping');
  await startButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(view(page).getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(stopButton(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(view(page).getByRole('button', { name: 'Resume' })).toBeFocused();
  await expect(view(page).locator('[aria-live="polite"]')).toHaveText(`${script('micro-movement-mapping').steps[0]!.text} Paused.`);
  // axe waits on timers of its own: let time run.
  await page.clock.resume();
  await expectNoAxeViolations(page);
});

test('the length and choices are remembered per practice; a settle-in comes first', async ({ page }) => {
  await open(page, 'body-scan');
  await chooseLength(page, 15);
  await card(page).getByRole('radio', { name: '30 seconds' }).check();
  await expect(card(page).getByText('15 minutes, spoken aloud.')).toBeVisible();
  await page.goto('/guides/micro-movement-mapping/');
  await settle(page);
  await expect(card(page).getByText('10 minutes, spoken aloud.')).toBeVisible();
  await page.goto('/guides/body-scan/');
  await settle(page);
  await expect(card(page).getByText('15 minutes, spoken aloud.')).toBeVisible();
  await begin(page);
  await expect(view(page).getByRole('timer')).toHaveText('Starts in 0:30');
  await view(page).getByRole('button', { name: 'Begin now' }).click();
  await page.clock.runFor(500);
  await expect(view(page).getByRole('timer')).toHaveText('15:00 left');
});

test('a reload carries the session on, paused where it was; unreadable kept data is set aside and the player starts', async ({ page }) => {
  await open(page, 'breath-anchoring');
  await begin(page);
  await page.clock.runFor(30_000);
  await page.reload();
  await settle(page);
  await expect(card(page).getByText(/^Breath anchoring is paused, with 4:30 left\.$/)).toBeVisible();
  await card(page).getByRole('button', { name: 'Resume' }).click();
  await expect(view(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  // Out of the session (a running one would be saved again as the page goes), then spoil the kept data.
  await stopButton(page).click();
  await page.evaluate(() => sessionStorage.setItem('lb-practice-session', '{"version":1,"phase":'));
  await page.reload();
  await settle(page);
  await expect(startButton(page)).toBeEnabled();
  const kept = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('lb-practice-session.unreadable.')));
  expect(kept).toHaveLength(1);
});

test('red flags are one tap away; coming back, the session waits, paused where it was left', async ({ page }) => {
  await open(page, 'body-scan');
  await begin(page);
  await page.clock.runFor(20_000);
  await view(page).getByRole('link', { name: 'Red flags' }).click();
  await expect(page).toHaveURL(/\/guides\/red-flags\/$/);
  await page.clock.runFor(90_000);
  await page.goBack();
  await settle(page);
  await expect(card(page).getByText(/^Body scan is paused, with 9:40 left\.$/)).toBeVisible();
});

test('the home page offers a 5-minute practice that starts with one tap', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await stubSpeech(page, [LOCAL_VOICE]);
  await page.goto('/');
  const start = card(page).getByRole('button', { name: 'Start a 5-minute practice' });
  await expect(start).toBeEnabled();
  // Hold time still, so a busy machine cannot tick the first second away before the check.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await start.click();
  await expect(view(page).getByRole('timer')).toHaveText('5:00 left');
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the card and the running view have no axe violations', async ({ page }) => {
    await open(page, 'somatic-tracking');
    await page.clock.resume();
    await expectNoAxeViolations(page, 'main');
    await begin(page);
    await expect(view(page).getByRole('button', { name: 'Pause' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const slug of GUIDES) {
    test(`${slug} reads as its numbered script, and no control is left dead`, async ({ page }) => {
      await page.goto(`/guides/${slug}/`);
      await expect(page.getByText('The guided version needs JavaScript')).toBeVisible();
      const s = script(slug);
      const link = page.getByRole('link', { name: `${s.title.toLowerCase()}, step by step`, exact: true });
      await expect(link).toHaveAttribute('href', '#the-practice-step-by-step');
      const longest = Math.max(...s.lengths);
      const items = page.locator('ol.pp-steps > li');
      const said = s.steps.filter((x) => keptIn(x, longest) && x.kind !== 'silence');
      await expect(items).toHaveCount(said.length);
      // Pendulation's places are written out as the usual ones.
      for (const [i, step] of said.entries()) await expect(items.nth(i)).toContainText(fillPlaces(step.text, USUAL_PHRASES));
      await expect(page.locator('ol.pp-steps')).not.toContainText(/[{}]/);
      for (const control of await card(page).locator('button, input, select').all()) expect(await control.isVisible()).toBe(false);
    });
  }
});

test('the island loads within 15 kB (brotli) on a practice page, the voice code only when the voice is on', () => {
  const html = readFileSync(join(DIST, 'guides/body-scan/index.html'), 'utf8');
  const [, component, renderer] = html.match(/component-url="\/([^"]+)"[^>]*renderer-url="\/([^"]+)"/) ?? [];
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(DIST, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*["`]\.\/([^"`]+\.js)["`]/g)) walk(`_astro/${m[1]}`);
    for (const m of text.matchAll(/import\(\s*["`]\.\/([^"`]+\.js)["`]\s*\)/g)) lazy.add(`_astro/${m[1]}`);
  };
  walk(component!);
  walk(renderer!);
  const br = (f: string) => brotliCompressSync(readFileSync(join(DIST, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const total = [...seen].reduce((sum, f) => sum + br(f), 0);
  expect(total, [...seen].join(', ')).toBeLessThanOrEqual(15_000);
  expect([...seen].some((f) => /voice/.test(f))).toBe(false);
  expect([...lazy].some((f) => /\/voice\.[\w-]+\.js$/.test(f))).toBe(true);
});
