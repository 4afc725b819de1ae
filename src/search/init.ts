/**
 * The only script file on a page without a widget. It stays small: it loads the search code and
 * Pagefind only when the reader first focuses the search field, highlights a searched word, and
 * leaves the offline copy to src/offline/init.ts.
 * The theme choice and the search shortcuts are in the head script (src/lib/head-script.ts), so
 * they work from the first paint. Astro loads this file as a module script at the end of <body>: it
 * never blocks the parser.
 */
function searchOnFocus(): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = document.querySelector<HTMLElement>('[data-search-panel]');
  if (!input || !panel) return;
  const load = () => void import('./search-ui').then((m) => m.attachSearch(input, panel));
  // This script runs just after the first paint: a reader may already be in the field.
  if (document.activeElement === input) load();
  else input.addEventListener('focus', load, { once: true });
}

function highlightSearchedWord(): void {
  const term = new URLSearchParams(location.search).get('highlight');
  if (term && term.trim()) void import('./highlight').then((m) => m.highlightTerm(term));
}

/** Wires up search on the page; called once, from the end of BaseLayout. */
export function initSearch(): void {
  searchOnFocus();
  highlightSearchedWord();
}
