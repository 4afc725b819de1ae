import { BUDGETS, lighthouseOver, pageOver, searchOver } from './budgets.mjs';
import { kB, ms, table } from './table.mjs';

/** Prints the site benchmark as tables and returns every budget problem found, one line each. */
export function printSiteReport({ build, pages, search, lighthouse }) {
  const over = [];

  console.log('\nBuild');
  console.log(
    table(
      ['build time', 'dist/ on disk', 'files', 'pagefind/ on disk'],
      [[`${(build.ms / 1000).toFixed(1)} s`, `${kB(build.distBytes)} kB`, build.distFiles, `${kB(build.pagefindBytes)} kB`]],
    ),
  );

  console.log('\nPages: compressed kB received before any interaction (cold cache, phone viewport)');
  const pageRows = pages.map((p) => {
    const problems = pageOver(p);
    over.push(...problems.map((text) => `${p.path}: ${text}`));
    const b = p.bytes;
    return [p.path, p.kind, kB(b.html), kB(b.css), kB(b.js), kB(b.font), kB(b.image), kB(b.other), kB(b.total), p.requests, kB(p.afterScroll.jsBytes), p.islands ? `${p.islands - p.afterScroll.islandsNotHydrated}/${p.islands}` : null, p.otherOrigins.length, problems.length ? 'OVER' : 'ok'];
  });
  console.log(table(['page', 'kind', 'HTML', 'CSS', 'JS', 'font', 'img', 'other', 'total', 'req', 'JS scrolled', 'hydrated', 'other origin', 'budget'], pageRows));
  const p = BUDGETS.plain;
  const w = BUDGETS.widget;
  console.log('JS scrolled: JS once scrolled to the end (client:visible islands load); hydrated: islands hydrated by then.');
  console.log(`Budgets: without a widget ≤ ${kB(p.totalBytes)} kB total, ≤ ${kB(p.jsBytes)} kB JS; widget page ≤ ${kB(w.totalBytes)} kB total, ≤ ${kB(w.jsBytes)} kB JS (also once scrolled).`);

  const runs = lighthouse[0]?.runs.length ?? 0;
  console.log(`\nLighthouse 13, mobile (simulated slow 4G, 4x CPU slowdown), median of ${runs} run${runs === 1 ? '' : 's'} (full reports in bench/tmp/lighthouse/)`);
  const lhRows = lighthouse.map((run) => {
    const problems = lighthouseOver(run);
    over.push(...problems.map((text) => `${run.url}: Lighthouse ${text}`));
    const s = run.scores;
    return [run.url, run.kind, s.performance, s.accessibility, s['best-practices'], s.seo, `${(run.lcpMs / 1000).toFixed(2)} s`, run.cls.toFixed(3), `${ms(run.tbtMs)} ms`, problems.length ? 'OVER' : 'ok'];
  });
  console.log(table(['page', 'kind', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT', 'budget'], lhRows));
  console.log(`Budget: 100 in all four, LCP ≤ ${BUDGETS.lighthouse.lcpMs / 1000} s, CLS ${BUDGETS.lighthouse.cls}.`);

  console.log(`\nSearch on ${search.page}: ms from the last keystroke to the first result on screen (typing at ${search.keyDelayMs} ms a key)`);
  const searchProblems = searchOver(search);
  over.push(...searchProblems.map((text) => `search: ${text}`));
  console.log(table([...search.samples.map((s) => s.word), 'median', 'budget'], [[...search.samples.map((s) => `${ms(s.ms)} ms`), `${ms(search.medianMs)} ms`, searchProblems.length ? 'OVER' : 'ok']]));

  console.log('');
  if (over.length) {
    console.log(`OVER BUDGET (${over.length}):`);
    for (const line of over) console.log(`  ✗ ${line}`);
  } else {
    console.log('Every page is within its budget.');
  }
  return over;
}
