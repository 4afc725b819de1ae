// Finds a Chromium for the end-to-end tests, in this order: PLAYWRIGHT_CHROMIUM_EXECUTABLE,
// /usr/bin/chromium, then Playwright's own browser. If none is found and we are root on Debian,
// installs Debian's chromium with apt-get; otherwise stops and names the command to run.
import { execFileSync } from 'node:child_process';
import { findChromium } from '../e2e/browser.mjs';

const found = findChromium();
if (found) {
  console.log(`Browser for end-to-end tests: ${found.label}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let isDebian = false;
try {
  isDebian = execFileSync('sh', ['-c', 'command -v apt-get && test -f /etc/debian_version'], { stdio: 'pipe' }).length > 0;
} catch {
  isDebian = false;
}

if (isRoot && isDebian) {
  console.log('No Chromium found. Installing Debian\'s "chromium" package with apt-get (about 2 minutes)...');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
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
