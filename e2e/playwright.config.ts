import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4329);
const browser = findChromium();

// End-to-end tests run against the built site (npm run build first), served as a static host would.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  // On CI a failed test runs once more so that a flaky one is named as such, and then fails the run:
  // a test that needs a retry to pass is a bug to fix, not a pass.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: !!process.env.CI,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['./closing-line-reporter.ts']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    launchOptions: browser?.executablePath ? { executablePath: browser.executablePath, args: CHROMIUM_ARGS } : {},
  },
  // axe checks (tagged @axe) run in their own project, with time fitted to a full-page scan on a slow,
  // busy machine; everything else has the default 30 s.
  projects: [
    { name: 'chromium', grepInvert: /@axe/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'a11y', grep: /@axe/, timeout: 120_000, use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    command: `PORT=${PORT} node tools/serve.mjs --quiet`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    cwd: '..',
    timeout: 20_000,
  },
});
