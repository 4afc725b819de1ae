import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4329);
const browser = findChromium();

// End-to-end tests run against the built site (npm run build first), served as a static host would.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['./closing-line-reporter.ts']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    launchOptions: browser?.executablePath ? { executablePath: browser.executablePath, args: CHROMIUM_ARGS } : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `PORT=${PORT} node scripts/serve.mjs --quiet`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    cwd: '..',
    timeout: 20_000,
  },
});
