/**
 * The header box: search as you type. The field is an ARIA combobox with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/).
 * Up/Down move through the results; Enter opens the result the reader moved to, and otherwise sends
 * the form, to /search/?q=…, as it does without JavaScript; Escape closes the list, then clears the field.
 * Each result is a real link, so a click, a middle-click or "copy link" work as anywhere else.
 */
import { cleanQuery } from './query';
import { loadPagefind, runSearch } from './pagefind';
import { headerHit, showCount } from './results-dom';

/** Turns the header field into a live search. */
export function attachSearch(input: HTMLInputElement, panel: HTMLElement): void {
  const listId = 'lb-search-list';
  const list = document.createElement('ul');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  const status = document.createElement('p');
  status.className = 'lb-search__status';
  status.setAttribute('role', 'status');
  panel.append(status, list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');

  let options: HTMLAnchorElement[] = [];
  // -1 until the reader moves into the list with the arrow keys: Enter then sends the form instead.
  let active = -1;
  let seq = 0;

  const open = (on: boolean) => {
    panel.hidden = !on;
    input.setAttribute('aria-expanded', String(on && options.length > 0));
  };
  const setActive = (i: number) => {
    active = i;
    options.forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    const el = options[i];
    if (el) {
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const update = async () => {
    const query = cleanQuery(input.value);
    const mine = ++seq;
    setActive(-1);
    if (query.length < 2) {
      options = [];
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    const { hits, total, alsoSearched } = await runSearch(query);
    if (mine !== seq) return;
    const items = hits.map((h, i) => headerHit(h, `lb-hit-${i}`));
    options = items.map((li) => li.firstElementChild as HTMLAnchorElement);
    list.replaceChildren(...items);
    showCount(status, total, query, alsoSearched);
    open(true);
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      open(true);
      setActive((active + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      open(true);
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (e.key === 'Enter' && !panel.hidden && options[active]) {
      e.preventDefault();
      location.assign(options[active]!.href);
    } else if (e.key === 'Escape') {
      if (!panel.hidden) open(false);
      else input.value = '';
      setActive(-1);
    }
  });
  document.addEventListener('click', (e) => {
    if (!panel.contains(e.target as Node) && e.target !== input) open(false);
  });
  input.addEventListener('focus', () => {
    if (options.length || status.textContent) open(true);
  });
  // Focus is the reader's first sign of wanting search: fetch Pagefind and its index now.
  void loadPagefind();
  if (input.value.trim()) void update();
}
