/**
 * The only script on a page without a widget. It stays small: theme choice, search shortcuts, and
 * loading the search code and Pagefind only when the reader first focuses the search field.
 */
const THEME_KEY = 'lb-theme';

function initTheme(): void {
  const box = document.querySelector<HTMLElement>('[data-theme-toggle]');
  const select = box?.querySelector('select');
  if (!box || !select) return;
  const root = document.documentElement;
  select.value = root.dataset['theme'] ?? 'system';
  box.hidden = false;
  select.addEventListener('change', () => {
    const value = select.value;
    try {
      if (value === 'light' || value === 'dark') localStorage.setItem(THEME_KEY, value);
      else localStorage.removeItem(THEME_KEY);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    if (value === 'light' || value === 'dark') root.dataset['theme'] = value;
    else delete root.dataset['theme'];
  });
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

function initSearch(): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = document.querySelector<HTMLElement>('[data-search-panel]');
  if (!input || !panel) return;
  let loading: Promise<unknown> | null = null;
  const load = () => {
    loading ??= import('./search-ui').then((m) => m.attachSearch(input, panel));
    return loading;
  };
  input.addEventListener('focus', () => void load(), { once: true });
  document.addEventListener('keydown', (e) => {
    const shortcut = (e.key === '/' && !isTyping(e.target)) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey));
    if (!shortcut) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
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
