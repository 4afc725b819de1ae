import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildPlan } from '../src/islands/practice-player/lay-out';
import { fillPlaces, USUAL_PHRASES, type Phrases } from '../src/islands/practice-player/pendulation/places';
import { sentences, type Plan, type Script } from '../src/islands/practice-player/plan';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { LOCAL_VOICE, speechCalls, spoken, stubSpeech } from './speech-stub';

// Pendulation in the practice player (src/islands/practice-player/pendulation/): the reader's places
// fill the spoken words, "Back to ease" sits in the bar within thumb reach and ends a visit at once,
// and "Too much" at a check-in shortens the visits to come, or, twice running, goes on to the close.
// Time is Playwright's clock; speech is a stub that records what the page asked it to say.
const PAGE = '/guides/pendulation/';
const T0 = new Date('2026-03-02T07:00:00Z').getTime();

/** The script as the player gets it, with its places filled in. */
function plan(minutes: number, phrases: Phrases = USUAL_PHRASES): Plan {
  const raw = parse(readFileSync(join(import.meta.dirname, '../content/practices/pendulation.yaml'), 'utf8')) as Script;
  const steps = raw.steps.map((s) => ({ ...s, text: fillPlaces(s.text, phrases), share: s.share ?? 0, safety: s.safety ?? false }));
  return buildPlan({ steps }, minutes, 'usual', 0);
}

const card = (page: Page) => page.getByRole('region', { name: 'Guided practice: Pendulation' });
const view = (page: Page) => page.getByRole('dialog', { name: 'Pendulation' });
const start = (page: Page) => card(page).getByRole('button', { name: 'Start with the usual settings' });
const ease = (page: Page) => view(page).getByRole('button', { name: 'Back to ease' });
const words = (page: Page) => view(page).locator('.pp-words');
const timer = (page: Page) => view(page).getByRole('timer');

/** Opens the guide with a fake clock and a local voice, waits for the island, then holds time still. */
async function open(page: Page): Promise<void> {
  await page.clock.install({ time: T0 });
  await stubSpeech(page, [LOCAL_VOICE]);
  await page.goto(PAGE);
  await expect(start(page)).toBeEnabled();
  await expect(card(page).getByText(/looking for a voice/)).toHaveCount(0);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Picks a length under "More options" (left open for more choices). */
async function chooseLength(page: Page, minutes: number): Promise<void> {
  await card(page).getByText('More options').click();
  await card(page).getByRole('radio', { name: `${minutes} min`, exact: true }).check();
}

/** Presses Start and waits for the session: its parts come by a dynamic import as Start is pressed. */
async function begin(page: Page, how: 'click' | 'tap' = 'click'): Promise<void> {
  await start(page)[how]();
  await expect(view(page).getByRole('button', { name: 'Pause' })).toBeVisible();
}

/** Seconds left on the view's clock ("2:15 left" is 135). */
async function secondsLeft(page: Page): Promise<number> {
  const [, m, s] = /^(\d+):(\d\d) left/.exec((await timer(page).textContent()) ?? '') ?? [];
  return Number(m) * 60 + Number(s);
}

/** True when the element is wholly inside the viewport. */
async function onScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const { width, height } = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

test('the page holds the practice once: the player, one written script, and no old guide', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole('region', { name: 'Pendulation guide' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Try the guided version' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'The practice, step by step' })).toHaveCount(1);
  await expect(card(page)).toHaveCount(1);
});

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('"Back to ease" and "Stop and ground" are on screen at every moment; a tap on Back to ease ends the visit and the voice says the way back', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    await chooseLength(page, 3);
    await begin(page, 'tap');
    const p = plan(3);
    const visitCue = p.steps.find((s) => s.role === 'visit')!;
    const visit = p.steps.find((s) => s.role === 'visit' && s.kind === 'silence')!;
    const back = p.steps.find((s) => s.startMs === visit.endMs)!;
    // Before the visit, Back to ease is there but cannot be pressed.
    let t = 0;
    for (; t + 5000 < visitCue.startMs; t += 5000) {
      expect(await onScreen(page, ease(page)), `Back to ease on screen at ${t} ms`).toBe(true);
      expect(await onScreen(page, view(page).getByRole('button', { name: 'Stop and ground' })), `Stop and ground on screen at ${t} ms`).toBe(true);
      await expect(ease(page)).toBeDisabled();
      await page.clock.runFor(5000);
    }
    await page.clock.runFor(visit.startMs + 2000 - t);
    await expect(words(page)).toHaveText('A short visit.');
    const before = await secondsLeft(page);
    await ease(page).tap();
    await expect(words(page)).toHaveText(back.text);
    await expect(ease(page)).toBeDisabled();
    // The rest of the visit is skipped, not added on: the session is that much shorter (the clock
    // shows whole seconds, so to within one).
    const rest = (visit.endMs - visit.startMs - 2000) / 1000;
    expect(Math.abs(before - (await secondsLeft(page)) - rest)).toBeLessThanOrEqual(1);
    await page.clock.runFor(3000);
    expect(await spoken(page)).toContain(sentences(back.text)[0]);
    expect(await onScreen(page, ease(page))).toBe(true);
  });
});

test('the reader\'s places fill the words shown and spoken, are kept for next time, and stay on the device', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await open(page);
  await chooseLength(page, 5);
  await card(page).getByLabel('Place of ease', { exact: true }).selectOption({ label: 'Feet' });
  await card(page).getByLabel('Place to visit', { exact: true }).selectOption({ label: 'In my own words' });
  await card(page).getByLabel('Place to visit, in your own words').fill('my right hip');
  await page.clock.resume();
  await page.reload();
  await card(page).getByText('More options').click();
  await expect(card(page).getByLabel('Place of ease', { exact: true })).toHaveValue('feet');
  await expect(card(page).getByLabel('Place to visit, in your own words')).toHaveValue('my right hip');
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await begin(page);
  const p = plan(5, { ease: 'your feet', discomfort: 'your right hip' });
  const find = p.steps.find((s) => s.text.startsWith('Now find your place of ease'))!;
  const visit = p.steps.find((s) => s.role === 'visit')!;
  expect(find.text).toBe('Now find your place of ease: your feet. Notice warmth, weight or tingling there. Let it be enough.');
  await page.clock.runFor(find.startMs + 1000);
  await expect(words(page)).toHaveText(find.text);
  await page.clock.runFor(visit.startMs + 4000 - find.startMs - 1000);
  await expect(words(page)).toHaveText(/^When you are ready, turn your attention to your right hip, for a short visit\./);
  const said = await spoken(page);
  expect(said).toContain('Now find your place of ease: your feet.');
  expect(said).toContain('When you are ready, turn your attention to your right hip, for a short visit.');
  expect(said.join(' ')).not.toMatch(/[{}]/);
  expect(requests.filter((u) => new URL(u).origin !== new URL(page.url()).origin)).toEqual([]);
});

test('"Too much" at a check-in shortens the visits to come; twice running, the practice goes on to its close; a reload keeps the shorter session', async ({ page }) => {
  await open(page);
  await chooseLength(page, 10);
  await begin(page);
  const p = plan(10);
  const checkIns = p.steps.filter((s) => s.kind === 'check-in');
  const visits = p.steps.filter((s) => s.role === 'visit' && s.kind === 'silence');
  expect(visits.map((v) => v.endMs - v.startMs)).toEqual([15_000, 15_000, 15_000]);
  await page.clock.runFor(checkIns[0]!.startMs + 1000);
  const answers = view(page).getByRole('group', { name: 'How was that visit?' });
  await expect(answers).toBeVisible();
  const before = await secondsLeft(page);
  await answers.getByRole('button', { name: 'Too much' }).click();
  await expect(view(page).getByText(/^The next visits will be shorter/)).toBeVisible();
  // The buttons go; focus moves to the box that says what the answer did, not out of the view.
  await expect(view(page).locator('.pp-check')).toBeFocused();
  // Two visits to come, each 7.5 s shorter: the session is 15 s shorter.
  expect(before - (await secondsLeft(page))).toBe(15);
  // The next visit lasts 7.5 s: from its start, the way back comes 7.5 s later.
  const second = p.steps.filter((s) => s.role === 'visit' && s.kind === 'silence')[1]!;
  await page.clock.runFor(second.startMs - checkIns[0]!.startMs - 1000 + 1000);
  await expect(words(page)).toHaveText('A short visit.');
  await page.clock.runFor(7000);
  await expect(words(page)).toHaveText(/^And back to your place of ease/);

  // A reload keeps the session, shorter as it now is.
  const left = await secondsLeft(page);
  await page.reload();
  // Time runs while the page loads (the island's effects wait on the clock); the session waits paused.
  await page.clock.resume();
  await expect(card(page).getByText(/^Pendulation is paused, with \d+:\d\d left\.$/)).toBeVisible();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await card(page).getByRole('button', { name: 'Resume' }).click();
  expect(Math.abs((await secondsLeft(page)) - left)).toBeLessThanOrEqual(2);

  // At the next check-in, "Too much" again: on to the close. (Its question is open until the next
  // visit: the clock goes on a second at a time until it shows.)
  for (let t = 0; t < 120_000 && !(await answers.isVisible()); t += 1000) await page.clock.runFor(1000);
  await expect(answers).toBeVisible();
  await answers.getByRole('button', { name: 'Too much' }).click();
  await expect(view(page).getByText(/^You said too much twice/)).toBeVisible();
  await expect(words(page)).toHaveText(/^Look around the room again/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the places, during a visit and at a check-in (${colorScheme})`, { tag: '@axe' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await open(page);
    await chooseLength(page, 5);
    await card(page).getByLabel('Place of ease', { exact: true }).selectOption({ label: 'In my own words' });
    await page.clock.resume();
    await expectNoAxeViolations(page, 'main');
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await begin(page);
    const p = plan(5);
    const visit = p.steps.find((s) => s.role === 'visit' && s.kind === 'silence')!;
    const checkIn = p.steps.find((s) => s.kind === 'check-in')!;
    // axe waits on timers of its own: the clock runs while it looks (a visit lasts 15 s, a check-in some seconds more).
    await page.clock.runFor(visit.startMs + 1000);
    await expect(ease(page)).toBeEnabled();
    await page.clock.resume();
    await expectNoAxeViolations(page);
    // On to the check-in, a second at a time (axe's own time has moved the clock on by a little).
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const answers = view(page).getByRole('group', { name: 'How was that visit?' });
    for (let t = 0; t < checkIn.startMs - visit.startMs && !(await answers.isVisible()); t += 1000) await page.clock.runFor(1000);
    await expect(answers).toBeVisible();
    await page.clock.resume();
    await expectNoAxeViolations(page);
  });
}

test('Back to ease during the visit\'s words stops the voice at once and says the way back', async ({ page }) => {
  await open(page);
  await chooseLength(page, 3);
  await begin(page);
  const p = plan(3);
  const visitCue = p.steps.find((s) => s.role === 'visit')!;
  const back = p.steps.find((s, i) => i > 0 && p.steps[i - 1]!.role === 'visit' && s.kind === 'cue')!;
  await page.clock.runFor(visitCue.startMs + 2000);
  expect((await spoken(page)).at(-1)).toBe(sentences(visitCue.text)[0]);
  const calls = (await speechCalls(page)).length;
  await ease(page).click();
  expect((await speechCalls(page)).slice(calls)[0]).toEqual({ type: 'cancel' });
  await expect(words(page)).toHaveText(back.text);
  await page.clock.runFor(2500);
  const after = await spoken(page);
  expect(after.at(-1)).toBe(sentences(back.text)[0]);
  // The rest of the visit's words were never said.
  expect(after).not.toContain(sentences(visitCue.text)[1]);
});
