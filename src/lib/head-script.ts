/**
 * The one inline script in every page's <head>, run before the first paint, so the page waits for no
 * file (src/components/HeadScript.astro prints it; the complete-csp integration hashes it into the
 * page's Content-Security-Policy). It must not import anything: it is printed as its own source.
 * 1. Marks <html> as "js" and applies the saved theme, so there is no flash of the wrong theme.
 *    Storage key "lb-theme" = "light" | "dark"; absent = follow the system.
 * 2. The theme list in the header shows the saved choice, and saves and applies a new one (if storage
 *    is blocked, the choice lasts for this page only).
 * 3. The search shortcuts, "/" (when not typing in a field) and Ctrl/Cmd+K, focus the header search.
 *    They work from the first paint; focusing the field is what loads the search code.
 */
export function headScript(): void {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const saved = localStorage.getItem('lb-theme');
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch {
    // Storage blocked: follow the system.
  }

  document.addEventListener('change', (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.closest('[data-theme-toggle]')) return;
    const value = select.value;
    const chosen = value === 'light' || value === 'dark';
    try {
      if (chosen) localStorage.setItem('lb-theme', value);
      else localStorage.removeItem('lb-theme');
    } catch {
      // Storage blocked: the choice lasts for this page.
    }
    if (chosen) root.dataset.theme = value;
    else delete root.dataset.theme;
  });
  document.addEventListener('DOMContentLoaded', () => {
    const select = document.querySelector<HTMLSelectElement>('[data-theme-toggle] select');
    if (select) select.value = root.dataset.theme ?? 'system';
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const key = event.key ?? '';
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const slash = key === '/' && !typing;
    const ctrlK = key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !ctrlK) return;
    const input = document.querySelector<HTMLInputElement>('[data-search-input]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
