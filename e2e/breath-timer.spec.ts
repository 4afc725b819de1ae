import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildPlan } from '../src/islands/practice-player/lay-out';
import { inWords, stepIndexAt, type Script } from '../src/islands/practice-player/plan';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { LOCAL_VOICE, stubSpeech } from './speech-stub';

// The breath practice: the practice player on the breath-anchoring guide, with the breath practice's
// own behaviour (src/islands/practice-player/breath/): returns counted by a button or, eyes closed, by
// a tap anywhere on the dimmed screen; soft bells laid on the audio clock; the optional pacer.
// Time is Playwright's clock (paused once the island runs); speech and Web Audio are stubs that
// record what the page asked of them.
const PAGE = '/guides/breath-anchoring/';
const T0 = new Date('2026-03-02T08:00:00Z').getTime();

const card = (page: Page) => page.getByRole('region', { name: 'Guided practice: Breath anchoring' });
const view = (page: Page) => page.getByRole('dialog', { name: 'Breath anchoring' });
const belly = (page: Page) => view(page).getByRole('button', { name: 'Back to my belly' });
const count = (page: Page, n: number) => view(page).getByText(`Times you came back: ${n}`, { exact: true });

/** The breath script as the player gets it: the YAML with the schema's defaults filled in. */
function script(): Script {
  const raw = parse(readFileSync(join(import.meta.dirname, '../content/practices/breath-anchoring.yaml'), 'utf8')) as Script;
  return { ...raw, steps: raw.steps.map((s) => ({ ...s, share: s.share ?? 0, safety: s.safety ?? false })) };
}

/** One oscillator the page started: its frequency, when it was asked to start, and when (on the audio clock) it starts and stops. */
interface Ring {
  freq: number;
  calledAt: number;
  start: number;
  stop: number | null;
}

/**
 * Stands in for Web Audio (headless Chromium's would play nothing we could read): the audio clock is
 * the page's performance.now(), which Playwright's clock drives, and every oscillator is logged.
 */
async function stubAudio(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const rings: { freq: number; calledAt: number; start: number; stop: number | null }[] = [];
    (window as unknown as { __rings: typeof rings }).__rings = rings;
    const param = () => ({ value: 1, setValueAtTime() {}, exponentialRampToValueAtTime() {}, linearRampToValueAtTime() {} });
    class FakeContext {
      state = 'running';
      destination = {};
      get currentTime() {
        return performance.now() / 1000;
      }
      resume() {
        return Promise.resolve();
      }
      createGain() {
        return { gain: param(), connect: (n: unknown) => n, disconnect() {} };
      }
      createOscillator() {
        const ctx = this;
        const ring = { freq: 0, calledAt: 0, start: 0, stop: null as number | null };
        return {
          type: 'sine',
          frequency: { set value(v: number) { ring.freq = v; }, get value() { return ring.freq; } },
          connect: (n: unknown) => n,
          start(at: number) {
            ring.calledAt = ctx.currentTime;
            ring.start = at;
            rings.push(ring);
          },
          stop(at: number) {
            // The first stop is the planned end; a later one is a pause or a stop cutting it short.
            if (ring.stop === null) ring.stop = at;
            else (ring as { cut?: number }).cut = at;
          },
        };
      }
    }
    Object.defineProperty(window, 'AudioContext', { value: FakeContext, configurable: true });
  });
}

/** The bells the page laid on the audio clock (a 440 Hz ring of 1.6 s; a cue's note is shorter), in seconds from when each was laid. */
async function bells(page: Page): Promise<{ inSeconds: number; cut: boolean }[]> {
  const rings = await page.evaluate(() => (window as unknown as { __rings: (Ring & { cut?: number })[] }).__rings);
  return rings
    .filter((r) => r.freq === 440 && r.stop !== null && Math.abs(r.stop - r.start - 1.65) < 0.001)
    .map((r) => ({ inSeconds: Math.round((r.start - r.calledAt - 0.02) * 1000) / 1000, cut: r.cut !== undefined }));
}

/** Opens the guide with a fake clock and stubbed speech and sound, waits for the island, then holds time still. */
async function open(page: Page): Promise<void> {
  await page.clock.install({ time: T0 });
  await stubSpeech(page, [LOCAL_VOICE]);
  await stubAudio(page);
  await page.goto(PAGE);
  await expect(card(page).getByRole('button', { name: 'Start a practice' })).toBeEnabled();
  await expect(card(page).getByText(/looking for a voice/)).toHaveCount(0);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Opens "More options" and sets the breath practice's choices. */
async function choose(page: Page, o: { bellEvery?: string; pacer?: boolean }): Promise<void> {
  await card(page).getByText('More options').click();
  if (o.bellEvery) {
    await card(page).getByRole('checkbox', { name: 'Ring a soft bell now and then' }).check();
    await card(page).getByLabel('Bell every').selectOption(o.bellEvery);
  }
  if (o.pacer) await card(page).getByRole('checkbox', { name: 'Show a slow breath pacer' }).check();
}

async function start(page: Page): Promise<void> {
  await card(page).getByRole('button', { name: 'Start a practice' }).click();
  await expect(belly(page)).toBeVisible();
}

test('the page shows the practice once: no old timer, one written script', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole('region', { name: 'Breath-anchor timer' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'The practice, step by step' })).toHaveCount(1);
  await expect(card(page)).toHaveCount(1);
});

test('returns count while running, not while paused; the end says them kindly and hands the session to the journal', async ({ page }) => {
  await open(page);
  await start(page);
  await page.clock.runFor(20_000);
  await belly(page).click();
  await belly(page).click();
  await expect(count(page, 2)).toBeVisible();
  await view(page).getByRole('button', { name: 'Pause' }).click();
  await expect(belly(page)).toBeDisabled();
  await view(page).getByRole('button', { name: 'Resume' }).click();
  await belly(page).click();
  await expect(count(page, 3)).toBeVisible();
  await page.clock.runFor(5 * 60_000);
  await expect(view(page).getByRole('heading', { name: 'Your practice has ended' })).toBeVisible();
  await expect(view(page).getByText('You came back 3 times. Each time you noticed and came back, that was the practice.')).toBeVisible();
  await expect(view(page).getByRole('link', { name: 'Note what you noticed' })).toHaveAttribute('href', '/journal/?practice=breath-anchoring&minutes=5');
});

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('eyes closed: the screen dims, a tap anywhere on it counts a return, and Pause and Stop and ground stay on top', async ({ page }) => {
    await open(page);
    await start(page);
    await view(page).getByRole('button', { name: 'Eyes closed: dim the screen' }).tap();
    const tap = view(page).getByRole('button', { name: /Tap anywhere when you notice/ });
    await expect(tap).toBeFocused();
    await page.touchscreen.tap(180, 420);
    await page.touchscreen.tap(60, 250);
    await expect(tap).toContainText('Times you came back: 2');
    // The bar is above the dimmed screen: what is under Stop and ground's middle is Stop and ground.
    const stop = view(page).getByRole('button', { name: 'Stop and ground' });
    const box = (await stop.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.textContent, [box.x + box.width / 2, box.y + box.height / 2])).toBe('Stop and ground');
    // While paused, taps do not count.
    await view(page).getByRole('button', { name: 'Pause' }).tap();
    await page.touchscreen.tap(180, 420);
    await expect(tap).toContainText('Paused. Tap anywhere');
    await expect(tap).toContainText('Times you came back: 2');
    await view(page).getByRole('button', { name: 'Show the screen' }).tap();
    await expect(count(page, 2)).toBeVisible();
    await expect(view(page).getByRole('button', { name: 'Eyes closed: dim the screen' })).toBeFocused();
  });
});

test('bells are laid on the audio clock ahead of time, so they ring on the minute in a background tab; "Soft bell" shows for a few seconds', async ({ page }) => {
  await open(page);
  await choose(page, { bellEvery: '1' });
  await start(page);
  // All four bells of a 5-minute session are on the audio clock from the first moment: no timer has to wake for them.
  // (To within a frame: the player lays them when its effect runs, which may be a frame after the start.)
  await page.clock.runFor(100);
  const first = await bells(page);
  expect(first.map((b) => b.cut)).toEqual([false, false, false, false]);
  [60, 120, 180, 240].forEach((s, i) => expect(Math.abs(first[i]!.inSeconds - s)).toBeLessThan(0.05));
  // The tab goes to the background; a minute passes with timers held back, then the page looks again.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.fastForward(59_900);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(view(page).getByText('Soft bell', { exact: true })).toBeVisible();
  await page.clock.runFor(5000);
  await expect(view(page).getByText('Soft bell', { exact: true })).toHaveCount(0);
  // A pause silences the bells still to come; a resume lays them again from where the session is.
  // (The pause falls in a quiet step, so the resume carries on from there rather than from a cue's start.)
  const plan = buildPlan(script(), 5, 'usual', 0);
  let at = 70_000;
  while (inWords(plan.steps[stepIndexAt(plan, at)]!, at)) at += 1000;
  await page.clock.runFor(at - 65_000);
  await view(page).getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(10_000);
  await view(page).getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(100);
  const all = await bells(page);
  expect(all.slice(0, 4).every((b) => b.cut)).toBe(true);
  const again = all.slice(4);
  expect(again.map((b) => b.cut)).toEqual([false, false, false]);
  // On the audio clock to within a frame: the page's own clock may move on by one while the taps land.
  [120, 180, 240].forEach((s, i) => expect(Math.abs(again[i]!.inSeconds - (s - at / 1000))).toBeLessThan(0.05));
});

test('with reduced motion the pacer changes opacity and its words only, and the words do not fade', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await choose(page, { pacer: true });
  await start(page);
  const orb = view(page).locator('.pp-pacer-orb');
  await expect(view(page).getByText('Breathe in', { exact: true })).toBeVisible();
  await page.clock.runFor(2000);
  expect(await orb.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
  const early = Number(await orb.evaluate((el) => getComputedStyle(el).opacity));
  await page.clock.runFor(1500);
  // The change of opacity is a short CSS transition, which runs on the browser's own clock, not the test's.
  await expect.poll(async () => Number(await orb.evaluate((el) => getComputedStyle(el).opacity))).not.toBe(early);
  expect(await view(page).locator('.pp-words').first().evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

test('without reduced motion the pacer grows and shrinks', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await open(page);
  await choose(page, { pacer: true });
  await start(page);
  await page.clock.runFor(2000);
  expect(await view(page).locator('.pp-pacer-orb').evaluate((el) => getComputedStyle(el).transform)).not.toBe('none');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing while running with bells and pacer, dimmed, and at the end (${colorScheme})`, { tag: '@axe' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await open(page);
    await choose(page, { bellEvery: '1', pacer: true });
    await page.clock.resume();
    await expectNoAxeViolations(page, 'main');
    await start(page);
    await expectNoAxeViolations(page);
    await view(page).getByRole('button', { name: 'Eyes closed: dim the screen' }).click();
    await expectNoAxeViolations(page);
    await view(page).getByRole('button', { name: 'Show the screen' }).click();
    await view(page).getByRole('button', { name: 'Stop and ground' }).click();
    await view(page).getByRole('button', { name: 'I feel steady now' }).click();
    await expect(view(page).getByText(/^You did not count any returns this time/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the choices are remembered; unreadable saved choices are set aside and the usual ones used', async ({ page }) => {
  await open(page);
  await choose(page, { bellEvery: '3', pacer: true });
  await page.clock.resume();
  await page.reload();
  await card(page).getByText('More options').click();
  await expect(card(page).getByRole('checkbox', { name: 'Ring a soft bell now and then' })).toBeChecked();
  await expect(card(page).getByLabel('Bell every')).toHaveValue('3');
  await expect(card(page).getByRole('checkbox', { name: 'Show a slow breath pacer' })).toBeChecked();
  await page.evaluate(() => localStorage.setItem('lb-breath-practice', '{"version":1,"bells":'));
  await page.reload();
  await card(page).getByText('More options').click();
  await expect(card(page).getByRole('checkbox', { name: 'Ring a soft bell now and then' })).not.toBeChecked();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lb-breath-practice.unreadable.')));
  expect(kept).toHaveLength(1);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the page reads as its numbered script, with how to time yourself', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { name: 'The practice, step by step' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Timing yourself' })).toBeVisible();
    await expect(page.locator('main ol').first().getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Back to my belly' })).toHaveCount(0);
  });
});
