// Finds what the engine journeys need: Firefox ESR, WebKitGTK's WebDriver and xvfb-run (WebKitGTK has
// no headless mode). When something is missing and we are root on Debian, installs it with apt-get and
// says so; otherwise stops and names the command to run.
import { existsSync } from 'node:fs';
import { aptInstall, canAptInstall } from '../../tools/lib/apt-install.mjs';

/**
 * What each engine needs, where we look for it (an environment variable first), and its Debian package.
 * @type {{ name: string, env: string, paths: string[], pkg: string }[]}
 */
const NEEDS = [
  { name: 'Firefox', env: 'FIREFOX_EXECUTABLE', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], pkg: 'firefox-esr' },
  { name: 'WebKitWebDriver', env: 'WEBKIT_WEBDRIVER', paths: ['/usr/bin/WebKitWebDriver'], pkg: 'webkit2gtk-driver' },
  { name: 'xvfb-run', env: 'XVFB_RUN', paths: ['/usr/bin/xvfb-run'], pkg: 'xvfb' },
];

/** @param {(typeof NEEDS)[number]} need @returns {string | undefined} */
function locate(need) {
  const fromEnv = process.env[need.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return need.paths.find((p) => existsSync(p));
}

/**
 * Paths of Firefox, WebKitWebDriver and xvfb-run, installing them first when missing and allowed.
 * Exits the process with a message naming the command when they cannot be found or installed.
 * @returns {{ firefox: string, webkitDriver: string, xvfbRun: string }}
 */
export function ensureEngines() {
  const wrong = NEEDS.filter((n) => process.env[n.env] && !existsSync(process.env[n.env] ?? ''));
  if (wrong.length > 0) {
    console.error(wrong.map((n) => `engines: ${n.env} is ${process.env[n.env]}, which does not exist.`).join('\n'));
    process.exit(1);
  }
  let missing = NEEDS.filter((n) => !locate(n));
  if (missing.length > 0) {
    const pkgs = missing.map((n) => n.pkg);
    if (canAptInstall()) {
      console.log(`engines: ${missing.map((n) => n.name).join(', ')} not found. Installing ${pkgs.join(' ')} with apt-get (about a minute)...`);
      aptInstall(pkgs);
      missing = NEEDS.filter((n) => !locate(n));
    }
    if (missing.length > 0) {
      console.error(
        [
          `engines: ${missing.map((n) => n.name).join(', ')} not found. Install, then run npm run test:engines again:`,
          `  sudo apt-get install -y ${missing.map((n) => n.pkg).join(' ')}`,
          `or point ${missing.map((n) => n.env).join(', ')} at ${missing.length > 1 ? 'them' : 'it'}.`,
        ].join('\n'),
      );
      process.exit(1);
    }
  }
  const [firefox, webkitDriver, xvfbRun] = NEEDS.map((n) => /** @type {string} */ (locate(n)));
  return { firefox, webkitDriver, xvfbRun };
}
