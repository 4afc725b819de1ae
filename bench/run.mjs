// The performance benchmark (issue 8). `npm run bench` builds, serves and measures the site;
// `npm run bench -- --scale` measures build time, search index size and search speed against guide count.
// `--lighthouse-runs=N` sets how many Lighthouse runs per page the median is taken from (default 3).
// It prints figures and flags budgets, and exits 0 even when over budget: it is not a test. It exits 1
// only when it could not measure (a failed build, no browser).
import { BUDGETS } from './lib/budgets.mjs';
import { ensureBrowser } from './lib/browser.mjs';
import { saveResults } from './lib/results.mjs';
import { benchScale } from './lib/scale-bench.mjs';
import { printScaleReport } from './lib/scale-report.mjs';
import { benchSite } from './lib/site-bench.mjs';
import { printSiteReport } from './lib/site-report.mjs';

function options(args) {
  const unknown = args.filter((a) => a !== '--scale' && !a.startsWith('--lighthouse-runs='));
  if (unknown.length) throw new Error(`Unknown option ${unknown.join(' ')}; expected --scale or --lighthouse-runs=N`);
  const runs = args.find((a) => a.startsWith('--lighthouse-runs='));
  const lighthouseRuns = runs ? Number(runs.split('=')[1]) : 3;
  if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error(`--lighthouse-runs must be a whole number from 1, received "${runs}"`);
  return { scale: args.includes('--scale'), lighthouseRuns };
}

try {
  const { scale, lighthouseRuns } = options(process.argv.slice(2));
  const started = performance.now();
  ensureBrowser();
  if (scale) {
    const figures = await benchScale();
    printScaleReport(figures);
    console.log(`\nWrote ${await saveResults('scale', figures)}`);
  } else {
    const site = await benchSite({ lighthouseRuns });
    const overBudget = printSiteReport(site);
    console.log(`\nWrote ${await saveResults('site', { ...site, budgets: BUDGETS, overBudget })}`);
  }
  console.log(`Benchmark finished in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
} catch (error) {
  console.error(`\nThe benchmark could not finish: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
