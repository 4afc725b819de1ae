/**
 * The only script file on a page without a widget. It stays small: it loads the search code and
 * Pagefind only when the reader first focuses the search field, highlights a searched word, and
 * starts the offline copy (src/scripts/offline/) once the page has loaded.
 * The theme choice and the search shortcuts are in the head script (src/lib/head-script.ts), so
 * they work from the first paint. Astro loads this file as a module script at the end of <body>: it
 * never blocks the parser.
 */
function initSearch(): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = document.querySelector<HTMLElement>('[data-search-panel]');
  if (!input || !panel) return;
  const load = () => void import('./search-ui').then((m) => m.attachSearch(input, panel));
  // This script runs just after the first paint: a reader may already be in the field.
  if (document.activeElement === input) load();
  else input.addEventListener('focus', load, { once: true });
}

function initHighlight(): void {
  const term = new URLSearchParams(location.search).get('highlight');
  if (term && term.trim()) void import('./highlight').then((m) => m.highlightTerm(term));
}

/** The service worker and its notices load after the `load` event, so they never delay the page. */
function initOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  if (import.meta.env.DEV) {
    // `npm run dev` and `npm start` share localhost:4321: a worker left there by the built site would
    // go on serving the built pages. (The build drops this branch.)
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
    return;
  }
  addEventListener('load', () => void import('./offline/start').then((m) => m.startOffline()), { once: true });
}

/** Wires up the page; called once, from the end of BaseLayout. */
export function initSite(): void {
  initSearch();
  initHighlight();
  initOffline();
}
