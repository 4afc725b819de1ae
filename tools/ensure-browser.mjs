// Finds a Chromium for the end-to-end tests, in this order: PLAYWRIGHT_CHROMIUM_EXECUTABLE,
// /usr/bin/chromium, then Playwright's own browser. If none is found and we are root on Debian,
// installs Debian's chromium with apt-get; otherwise stops and names the command to run.
import { findChromium } from '../e2e/browser.mjs';
import { aptInstall, canAptInstall } from './lib/apt-install.mjs';

const found = findChromium();
if (found) {
  console.log(`Browser for end-to-end tests: ${found.label}`);
  process.exit(0);
}

if (canAptInstall()) {
  console.log('No Chromium found. Installing Debian\'s "chromium" package with apt-get (about 2 minutes)...');
  aptInstall(['chromium']);
  if (findChromium()) process.exit(0);
  console.error('apt-get finished but /usr/bin/chromium is still missing.');
  process.exit(1);
}

console.error(
  [
    'No Chromium found for the end-to-end tests. Install one, then run npm test again:',
    '  on Debian or Ubuntu:  sudo apt-get install -y chromium',
    '  anywhere else:        npx playwright install chromium',
    'or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
