// Which Chromium the end-to-end tests use. Shared by tools/ensure-browser.mjs and the Playwright config.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that stop Chromium stalling on a closed network (see shared/toolchain.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {{ executablePath: string | undefined, label: string } | null} */
export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, label: `${fromEnv} (PLAYWRIGHT_CHROMIUM_EXECUTABLE)` };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', label: '/usr/bin/chromium' };
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { executablePath: undefined, label: `Playwright's Chromium (${bundled})` };
  } catch {
    // Playwright's browser is not installed.
  }
  return null;
}
