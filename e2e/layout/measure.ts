import type { Box, Control, MeasuredWord } from './geometry';

/** What the layout test measures on one page at one size; judged by the functions in geometry.ts. */
export interface PageMeasure {
  scrollWidth: number;
  clientWidth: number;
  headerHeight: number;
  controls: Control[];
  /** Words of headings, buttons and summaries that lie on more than one line box (candidates). */
  words: MeasuredWord[];
}

/**
 * Runs in the page (page.evaluate), so it is self-contained: no imports, no closures. Measures the
 * visible controls (their line boxes, and which contain which), the words of headings and buttons
 * that touch more than one line box, the header's height and the sideways scroll.
 */
export function measurePage(): PageMeasure {
  const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"]';
  const WORDY = 'h1, h2, h3, h4, h5, h6, button, summary, .lb-button';
  const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });
  const shown = (el: Element): boolean => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const describe = (el: Element): string => {
    const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.getAttribute('name') ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    return `${el.tagName.toLowerCase()}${id || cls} "${text}"`;
  };

  const els = [...document.querySelectorAll(CONTROLS)].filter((el) => {
    if (!shown(el)) return false;
    const r = el.getBoundingClientRect();
    // Screen-reader-only text and the skip link (off screen until focused) are not on screen.
    return r.width >= 2 && r.height >= 2 && r.bottom > -window.scrollY;
  });
  const controls: Control[] = els.map((el) => {
    const inline = getComputedStyle(el).display === 'inline';
    const boxes = (inline ? [...el.getClientRects()] : [el.getBoundingClientRect()]).map(toBox).filter((b) => b.width > 0 && b.height > 0);
    const related = els.flatMap((other, i) => (other !== el && (other.contains(el) || el.contains(other)) ? [i] : []));
    return { name: describe(el), boxes, related };
  });

  const words: MeasuredWord[] = [];
  for (const host of document.querySelectorAll(WORDY)) {
    if (!shown(host)) continue;
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const boxes = [...range.getClientRects()].map(toBox).filter((b) => b.width > 0 && b.height > 0);
        if (boxes.length > 1) words.push({ word: m[0], where: describe(host), boxes });
      }
    }
  }

  const header = document.querySelector('body > header, header.lb-header');
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    headerHeight: header ? header.getBoundingClientRect().height : 0,
    controls,
    words,
  };
}

/**
 * Runs in the page: scrolls down a screen at a time, so every island that hydrates when visible comes
 * into view, then back to the top. Resolves when the page is back at the top.
 */
export async function scrollThrough(): Promise<void> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (let y = 0; y < document.documentElement.scrollHeight; y += Math.round(innerHeight * 0.9)) {
    scrollTo(0, y);
    await frame();
  }
  scrollTo(0, 0);
  await frame();
}

/** Runs in the page: resolves after two frames, once a resize or a theme switch has been laid out. */
export function settle(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}
