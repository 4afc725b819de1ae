/**
 * The /search/ page: reads ?q=, runs it, and lists results as links. Submitting the form reloads with
 * the new ?q=, so the address can be shared and the back button works. Any ?q= is safe: it is cleaned
 * and cut to length (cleanQuery), and only ever set as text.
 */
import { cleanQuery, words } from './query';
import { runSearch } from './pagefind';
import { pageHit, showCount } from './results-dom';

export async function runFullSearch(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('[data-full-search-input]');
  const status = document.querySelector<HTMLElement>('[data-full-search-status]');
  const list = document.querySelector<HTMLElement>('[data-full-search-results]');
  if (!input || !status || !list) return;
  const query = cleanQuery(new URLSearchParams(location.search).get('q') ?? '');
  input.value = query;
  if (!query) return;
  if (words(query).length === 0) {
    status.textContent = 'Type a word or two to search for, such as “sleep” or “flare”.';
    return;
  }
  status.textContent = 'Searching…';
  const { hits, total, alsoSearched } = await runSearch(query, 20);
  list.replaceChildren(...hits.map(pageHit));
  showCount(status, total, query, alsoSearched);
}
