// Installing a missing browser the way the project's tests do: with apt-get when we are root on Debian,
// otherwise by naming the command. Shared by scripts/ensure-browser.mjs (Chromium) and
// e2e/engines/ensure-engines.mjs (Firefox ESR, WebKitGTK's driver, Xvfb).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** True when we are root on Debian (or a derivative) with apt-get, so we may install packages. */
export function canAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `apt-get update` then `apt-get install -y` for `packages`, with apt-get's output on our stderr.
 * @param {string[]} packages
 */
export function aptInstall(packages) {
  const list = packages.join(' ');
  execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${list}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
