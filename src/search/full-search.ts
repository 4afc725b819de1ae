/**
 * The /search/ page: reads ?q=, runs it, and lists results as plain links. Submitting the form
 * reloads with the new ?q=, so the address can be shared and the back button works.
 */
import { hitParts, runSearch } from './search-ui';
import { withHighlight } from './search-rank';

export async function runFullSearch(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('[data-full-search-input]');
  const status = document.querySelector<HTMLElement>('[data-full-search-status]');
  const list = document.querySelector<HTMLElement>('[data-full-search-results]');
  if (!input || !status || !list) return;
  const query = (new URLSearchParams(location.search).get('q') ?? '').trim().slice(0, 200);
  input.value = query;
  if (!query) return;
  status.textContent = 'Searching…';
  const hits = await runSearch(query, 20);
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = withHighlight(hit.url, query);
      a.append(...hitParts(hit, 'strong'));
      li.append(a);
      return li;
    }),
  );
  status.textContent = hits.length
    ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”`
    : `No guides found for “${query}”. Try another word, or browse all guides.`;
}
