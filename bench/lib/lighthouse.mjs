import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS } from '../../e2e/browser.mjs';
import { chromiumPath } from './browser.mjs';
import { ROOT, TMP } from './paths.mjs';

const run = promisify(execFile);
// Lighthouse lives in the benchmark's own package (bench/package.json), installed by `npm run bench`.
const CLI = join(ROOT, 'bench/node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Runs Lighthouse (its CLI, default config: mobile, simulated slow 4G and 4x CPU slowdown) on one URL in a
 * fresh headless Chromium. Returns the four category scores (0 to 100), LCP, FCP and TBT in ms, CLS, the
 * audits that did not pass, and the report as JSON text.
 * @param {string} url
 */
export async function runLighthouse(url) {
  const { stdout } = await run(
    process.execPath,
    [CLI, url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`],
    { cwd: ROOT, env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  const lhr = JSON.parse(stdout);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    url: new URL(url).pathname,
    lighthouseVersion: lhr.lighthouseVersion,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])),
    lcpMs: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbtMs: metric('total-blocking-time'),
    fcpMs: metric('first-contentful-paint'),
    failingAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => a.id),
    json: stdout,
  };
}

/**
 * Runs Lighthouse `runs` times and keeps the median run (by performance score, then LCP), as Lighthouse's
 * own guidance suggests on a noisy machine. The median's full report is kept as
 * bench/tmp/lighthouse/<page>.json (open it in https://googlechrome.github.io/lighthouse/viewer/).
 */
export async function medianLighthouse(url, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await runLighthouse(url));
  const sorted = [...all].sort((a, b) => a.scores.performance - b.scores.performance || b.lcpMs - a.lcpMs);
  const { json, ...median } = sorted[Math.floor((sorted.length - 1) / 2)];
  const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'home';
  const report = join(TMP, 'lighthouse', `${name}.json`);
  await mkdir(join(TMP, 'lighthouse'), { recursive: true });
  await writeFile(report, json);
  return {
    ...median,
    report: relative(ROOT, report),
    runs: all.map((r) => ({ performance: r.scores.performance, lcpMs: r.lcpMs, cls: r.cls, tbtMs: r.tbtMs })),
  };
}
