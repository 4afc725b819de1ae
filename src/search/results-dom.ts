/**
 * The DOM of search results, shared by the header box and the /search/ page. Every result is a real
 * link (open in a new tab, copy its address). The snippet's <mark> tags come from the site's own
 * index, HTML-escaped by Pagefind; everything else is set as text.
 */
import { href } from '../lib/site';
import { countMessage, type SearchHit } from './results';

function part(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

function snippet(hit: SearchHit, tag: string): HTMLElement {
  const el = part(tag, 'lb-hit__excerpt', '');
  el.innerHTML = hit.excerpt;
  return el;
}

/**
 * One option of the header's result list: the link itself is the option (ARIA allows role=option on
 * <a href>), named by what it shows (title, section, snippet); out of the tab order, since focus
 * stays in the field (aria-activedescendant).
 */
export function headerHit(hit: SearchHit, id: string): HTMLLIElement {
  const li = document.createElement('li');
  li.setAttribute('role', 'none');
  const a = document.createElement('a');
  a.href = hit.url;
  a.id = id;
  a.className = 'lb-hit';
  a.tabIndex = -1;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.append(part('span', 'lb-hit__title', hit.title), part('span', 'lb-hit__section', hit.section), snippet(hit, 'span'));
  li.append(a);
  return li;
}

/** One result on the /search/ page: the title as a link, its section, and the snippet. */
export function pageHit(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'lb-result';
  const a = part('a', 'lb-hit__title', hit.title) as HTMLAnchorElement;
  a.href = hit.url;
  li.append(a, part('span', 'lb-hit__section', hit.section), snippet(hit, 'p'));
  return li;
}

/** Fills a live region with the count (countMessage); with no result, ends it with a link to all guides. */
export function showCount(status: HTMLElement, count: number, query: string, alsoSearched: readonly string[]): void {
  const text = countMessage(count, query, alsoSearched);
  if (count > 0) {
    status.textContent = text;
    return;
  }
  const browse = document.createElement('a');
  browse.href = href('guides/');
  browse.textContent = 'browse all guides';
  status.replaceChildren(`${text} `, browse, '.');
}
