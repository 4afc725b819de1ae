/**
 * Marks each word of a search term inside the article body, and scrolls the first mark into view.
 * Text nodes are split with DOM methods, so nothing from the URL is parsed as HTML.
 */
export function highlightTerm(term: string): void {
  const root = document.querySelector('[data-pagefind-body]');
  const words = term
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter((w) => w.length > 1)
    .slice(0, 8);
  if (!root || words.length === 0) return;
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[-']/g, '\\$&')).join('|')})`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | null = null;
  for (const node of nodes) {
    const parts = node.data.split(pattern);
    if (parts.length < 2) continue;
    const frag = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.className = 'lb-highlight';
        mark.textContent = part;
        first ??= mark;
        frag.append(mark);
      } else if (part) frag.append(part);
    });
    node.replaceWith(frag);
  }
  (first as HTMLElement | null)?.scrollIntoView({ block: 'center' });
}
