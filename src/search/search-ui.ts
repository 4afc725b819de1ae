/**
 * Search as you type, on Pagefind. The input is an ARIA combobox with a listbox popup:
 * https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 * Up/Down move the active option, Enter opens it, Escape closes the list (then clears the field).
 */
import { href } from '../lib/site';
import { rankByTitle, withHighlight, type SearchHit } from './search-rank';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | null = null;

/** Loads Pagefind's script and index once, on first use. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as Pagefind;
    // metaCacheTag: Pagefind asks for its metadata (pagefind-entry.json) with this fixed tag instead of
    // the time, so the service worker answers it offline and the HTTP cache can revalidate it (it is
    // served with no-cache: public/_headers). It must be in the first options() call, before init.
    await pf.options({ excerptLength: 18, ranking: { termSimilarity: 1.2, pageLength: 0.5 }, metaCacheTag: 'site' });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** Runs a query and returns up to `limit` hits, title matches first. */
export async function runSearch(query: string, limit = 8): Promise<SearchHit[]> {
  const pf = await loadPagefind();
  const found = await pf.search(query);
  if (!found) return [];
  const data = await Promise.all(found.results.slice(0, limit * 2).map((r) => r.data()));
  const hits = data.map((d) => ({
    url: d.url,
    title: d.meta['title'] ?? d.url,
    section: d.filters['section']?.[0] ?? '',
    excerpt: d.excerpt,
  }));
  return rankByTitle(hits, query).slice(0, limit);
}

/**
 * The parts of one result: title, section and excerpt. The excerpt's <mark> tags come from our own
 * index; everything else is set as text. Used by the header list and the /search/ page.
 */
export function hitParts(hit: SearchHit, titleTag: 'span' | 'strong' = 'span'): HTMLElement[] {
  const part = (tag: string, className: string, text: string) => {
    const el = document.createElement(tag);
    el.className = className;
    el.textContent = text;
    return el;
  };
  const excerpt = part('span', 'lb-hit__excerpt', '');
  excerpt.innerHTML = hit.excerpt;
  return [part(titleTag, 'lb-hit__title', hit.title), part('span', 'lb-hit__section', hit.section), excerpt];
}

/** Builds one option element of the header's result list. */
export function renderHit(hit: SearchHit, id: string): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.className = 'lb-hit';
  li.dataset['url'] = hit.url;
  li.append(...hitParts(hit));
  return li;
}

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

  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;

  const open = (on: boolean) => {
    panel.hidden = !on;
    input.setAttribute('aria-expanded', String(on && hits.length > 0));
  };
  const setActive = (i: number) => {
    active = i;
    [...list.children].forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    const el = list.children[i];
    if (el) {
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const go = (i: number) => {
    const hit = hits[i];
    if (hit) location.assign(withHighlight(hit.url, input.value));
  };
  const update = async () => {
    const query = input.value.trim();
    const mine = ++seq;
    if (query.length < 2) {
      hits = [];
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    const found = await runSearch(query);
    if (mine !== seq) return;
    hits = found;
    list.replaceChildren(...hits.map((h, i) => renderHit(h, `lb-hit-${i}`)));
    status.textContent = hits.length ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”` : `No guides found for “${query}”. Try another word, or browse all guides.`;
    setActive(-1);
    open(true);
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      open(true);
      setActive((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (e.key === 'Enter' && !panel.hidden && hits.length) {
      e.preventDefault();
      go(active < 0 ? 0 : active);
    } else if (e.key === 'Escape') {
      if (!panel.hidden) open(false);
      else input.value = '';
      setActive(-1);
    }
  });
  list.addEventListener('click', (e) => {
    const li = (e.target as HTMLElement).closest('li');
    if (li) go([...list.children].indexOf(li));
  });
  document.addEventListener('click', (e) => {
    if (!panel.contains(e.target as Node) && e.target !== input) open(false);
  });
  input.addEventListener('focus', () => {
    if (hits.length) open(true);
  });
  // Focus is the reader's first sign of wanting search: fetch Pagefind and its index now.
  void loadPagefind();
  if (input.value.trim()) void update();
}
