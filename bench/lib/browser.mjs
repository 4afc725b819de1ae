import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/browser.mjs';
import { ROOT } from './paths.mjs';

/** A phone-sized viewport, as Lighthouse's mobile preset (Moto G Power) uses. */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** The Chromium binary the benchmark drives (same choice as the end-to-end tests). */
export function chromiumPath() {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found: run `node tools/ensure-browser.mjs` (it installs or names the command).');
  return found.executablePath ?? chromium.executablePath();
}

/** Launches headless Chromium with the flags it needs on a closed network. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** Finds Chromium as the end-to-end tests do, installing it where that script can (root on Debian). */
export function ensureBrowser() {
  execFileSync(process.execPath, [join(ROOT, 'tools/ensure-browser.mjs')], { stdio: 'inherit' });
}
