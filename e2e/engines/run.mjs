// npm run test:engines: the site's main journeys (journeys.mjs) in Firefox ESR and WebKitGTK, against
// the built site, at a 360×740 phone size. A journey fails on anything it checks, and on any page
// error or Content-Security-Policy violation. Screenshots go to test-results/engines/<engine>/.
// Ends with "engines: N passed, N failed" and a non-zero exit code when anything failed.
// ENGINES=firefox or ENGINES=webkit runs one engine; JOURNEYS=quiz,search runs some journeys.
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ensureEngines } from './ensure-engines.mjs';
import { startFirefox } from './firefox.mjs';
import { journeys } from './journeys.mjs';
import { Page } from './page.mjs';
import { startSite } from './site-server.mjs';
import { startWebKit } from './webkit.mjs';

const VIEWPORT = { width: 360, height: 740 };
const OUT = resolve('test-results/engines');

const found = ensureEngines();
const ENGINES = {
  firefox: (downloads) => startFirefox({ executablePath: found.firefox, viewport: VIEWPORT, downloads }),
  webkit: (downloads, baseURL) => startWebKit({ driverPath: found.webkitDriver, xvfbRun: found.xvfbRun, viewport: VIEWPORT, downloads, baseURL }),
};
const only = (list, env) => (process.env[env] ? list.filter((n) => process.env[env].split(',').includes(n)) : list);
const engineNames = only(Object.keys(ENGINES), 'ENGINES');
const chosen = journeys.filter((j) => only([j.name], 'JOURNEYS').length > 0);

/** Runs every chosen journey in one engine; returns its report lines and counts. */
async function runEngine(name, baseURL) {
  const dir = join(OUT, name);
  const downloads = join(dir, 'downloads');
  const started = Date.now();
  const engine = await ENGINES[name](downloads, baseURL);
  const startup = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [];
  let passed = 0;
  for (const journey of chosen) {
    // Each journey starts with nothing stored by the site and an empty downloads folder.
    await rm(downloads, { recursive: true, force: true });
    await mkdir(downloads, { recursive: true });
    const t0 = Date.now();
    let adapter = null;
    let page = null;
    let failure = null;
    let note = '';
    try {
      adapter = await engine.newPage();
      page = new Page(adapter, baseURL, join(dir, journey.name));
      note = (await journey.run({ page, downloads })) ?? '';
      const problems = await page.problems();
      if (problems.length) failure = `page errors or CSP violations:\n      ${problems.join('\n      ')}`;
    } catch (err) {
      const problems = (await page?.problems().catch(() => [])) ?? [];
      failure = `${err instanceof Error ? err.message : String(err)}${problems.length ? `\n      and in the page: ${problems.join('\n      ')}` : ''}`;
    }
    await page?.shot(failure ? 'failed' : '').catch(() => {});
    await adapter?.close().catch(() => {});
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (failure) lines.push(`  ✗ ${journey.name} (${secs} s)\n      ${failure}`);
    else {
      passed += 1;
      lines.push(`  ✓ ${journey.name} (${secs} s)${note ? `: ${note}` : ''}`);
    }
  }
  await engine.close();
  lines.unshift(`${name}: ${engine.version}, started in ${startup} s`);
  lines.push(`  ${name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { lines, passed, failed: chosen.length - passed };
}

// Ctrl+C or a CI timeout: exit, so that the exit handlers stop the server and the browsers.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));

const t0 = Date.now();
await rm(OUT, { recursive: true, force: true });
await Promise.all(engineNames.map((n) => mkdir(join(OUT, n), { recursive: true })));
const site = await startSite();
let passed = 0;
let failed = 0;
try {
  // One engine at a time, one journey at a time: on a 2-core machine, running them side by side saves
  // little and makes the timed journey (journal-reload) measure the other engine's load.
  for (const n of engineNames) {
    const r = await runEngine(n, site.url).catch((err) => ({ lines: [`${n}: could not start: ${err.stack ?? err}`], passed: 0, failed: chosen.length }));
    console.log(r.lines.join('\n'));
    passed += r.passed;
    failed += r.failed;
  }
} finally {
  site.stop();
}
console.log(`Screenshots: ${OUT}/<engine>/<journey>.png. Whole run: ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
console.log(`engines: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
