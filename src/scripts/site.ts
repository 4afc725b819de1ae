/**
 * The only script file on a page without a widget. It stays small: the theme choice, and loading the
 * search code and Pagefind only when the reader first focuses the search field (the shortcuts that
 * focus it are in the head script, src/lib/head-script.mjs). It is imported just after the first
 * paint (scripts/defer-scripts.mjs), so the page never waits for it.
 */
const THEME_KEY = 'lb-theme';

function initTheme(): void {
  const select = document.querySelector<HTMLElement>('[data-theme-toggle]')?.querySelector('select');
  if (!select) return;
  const root = document.documentElement;
  const apply = () => {
    const value = select.value;
    try {
      if (value === 'light' || value === 'dark') localStorage.setItem(THEME_KEY, value);
      else localStorage.removeItem(THEME_KEY);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    if (value === 'light' || value === 'dark') root.dataset['theme'] = value;
    else delete root.dataset['theme'];
  };
  select.addEventListener('change', apply);
  // The page shows "System" until this runs. A reader who picked another theme in that moment keeps
  // their pick; otherwise the list shows the saved theme.
  if (select.value !== 'system') apply();
  else select.value = root.dataset['theme'] ?? 'system';
}

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

/** Wires up the page; called once from the header. */
export function initSite(): void {
  initTheme();
  initSearch();
  initHighlight();
}
