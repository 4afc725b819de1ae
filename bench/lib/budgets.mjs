/** Budgets from issue 8. Sizes in bytes (1 kB = 1000 bytes), compressed as sent; times in ms. */
export const BUDGETS = {
  /** A page without an island (a plain guide; other pages are held to the same). */
  plain: { totalBytes: 20_000, jsBytes: 3_000 },
  /** A page with at least one <astro-island>. */
  widget: { totalBytes: 35_000, jsBytes: 15_000 },
  lighthouse: { minScore: 100, lcpMs: 900, cls: 0 },
  search: { medianMs: 150 },
};

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Budget problems of one measured page, as short sentences (empty when within budget). */
export function pageOver(page) {
  const budget = page.kind === 'widget' ? BUDGETS.widget : BUDGETS.plain;
  const label = page.kind === 'widget' ? 'widget page' : 'page without a widget';
  const over = [];
  if (page.bytes.total > budget.totalBytes) over.push(`${kb(page.bytes.total)} in total (${label} budget ${kb(budget.totalBytes)})`);
  if (page.bytes.js > budget.jsBytes) over.push(`${kb(page.bytes.js)} of JS on load (${label} budget ${kb(budget.jsBytes)})`);
  else if (page.afterScroll.jsBytes > budget.jsBytes) over.push(`${kb(page.afterScroll.jsBytes)} of JS once scrolled to the end (${label} budget ${kb(budget.jsBytes)})`);
  if (page.afterScroll.islandsNotHydrated) over.push(`${page.afterScroll.islandsNotHydrated} island(s) still not hydrated after scrolling to the end`);
  if (page.otherOrigins.length) over.push(`${page.otherOrigins.length} request(s) to another origin`);
  if (page.failed.length) over.push(`${page.failed.length} failed request(s)`);
  return over;
}

/** Budget problems of one Lighthouse run. */
export function lighthouseOver(run) {
  const b = BUDGETS.lighthouse;
  const over = [];
  for (const [category, score] of Object.entries(run.scores)) if (score !== b.minScore) over.push(`${category} ${score}`);
  if (run.lcpMs > b.lcpMs) over.push(`LCP ${(run.lcpMs / 1000).toFixed(2)} s (budget ${b.lcpMs / 1000} s)`);
  if (run.cls > b.cls) over.push(`CLS ${run.cls.toFixed(3)} (budget ${b.cls})`);
  return over;
}

/** Budget problems of the search timing. */
export function searchOver(search) {
  return search.medianMs > BUDGETS.search.medianMs ? [`median ${Math.round(search.medianMs)} ms (budget ${BUDGETS.search.medianMs} ms)`] : [];
}
