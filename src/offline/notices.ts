/**
 * The two notices of the offline copy, fetched only when one is needed (./start.ts). Visible text and
 * the polite announcement are kept apart: one visually hidden live region says each change, and the
 * notices themselves are plain content, so nothing is read twice and nothing takes focus.
 */
import { whenNotPractising } from '../lib/when-not-practising';
import css from './notices.css?inline';

// The styles come with this file, as a constructed style sheet, and only when a notice shows: a plain
// CSS import would be inlined into every page's <style> by Astro, before the first paint. (A constructed
// sheet is CSSOM, which the Content-Security-Policy allows as it does any style set from a script file.)
let styled = false;
function addStyles(): void {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** What the offline note says. */
export const OFFLINE_TEXT = 'You are offline; everything here still works.';
/** What the update notice says. */
export const UPDATE_TEXT = 'A new version is ready.';

let announcer: HTMLElement | undefined;

/** Says `text` politely. The region is in the page before the text arrives, so it is announced. */
function announce(text: string): void {
  if (!announcer) {
    announcer = document.createElement('div');
    announcer.className = 'visually-hidden';
    announcer.setAttribute('role', 'status');
    document.body.append(announcer);
  }
  const region = announcer;
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 150);
}

let offlineNote: HTMLElement | undefined;

/** Shows the offline note at the top of the main content (`offline`), or hides it. */
export function showOfflineNote(offline: boolean): void {
  const shown = offlineNote !== undefined && !offlineNote.hidden;
  if (offline === shown) return;
  if (!offline) {
    offlineNote!.hidden = true;
    announce('You are back online.');
    return;
  }
  if (!offlineNote) {
    addStyles();
    const main = document.getElementById('main');
    if (!main) return;
    offlineNote = document.createElement('div');
    // As wide as the page's own content: the home page is wider than the others.
    offlineNote.className = `${main.querySelector(':scope > .lb-wide') ? 'lb-wide' : 'lb-page'} lb-no-print`;
    const text = document.createElement('p');
    text.className = 'lb-notice lb-notice--offline';
    text.textContent = OFFLINE_TEXT;
    offlineNote.append(text);
    main.prepend(offlineNote);
  }
  offlineNote.hidden = false;
  announce(OFFLINE_TEXT);
}

/**
 * Offers a new version: the notice below, once no practice is running (src/lib/practising.ts), so
 * that it never lands in the middle of one.
 */
export function offerUpdate(reload: () => void): void {
  whenNotPractising(() => showUpdateNotice(reload));
}

/**
 * Shows "A new version is ready" with Reload and Not now. It is placed first in the page after the
 * skip link, so that the keyboard reaches it early, and drawn at the bottom of the screen.
 */
export function showUpdateNotice(reload: () => void): void {
  if (document.querySelector('.lb-notice--update')) return;
  addStyles();
  const box = document.createElement('aside');
  box.className = 'lb-notice lb-notice--update lb-no-print';
  box.setAttribute('aria-labelledby', 'lb-update-text');
  const text = document.createElement('p');
  text.id = 'lb-update-text';
  text.textContent = UPDATE_TEXT;
  const button = (label: string, className: string, onClick: () => void) => {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = className;
    el.textContent = label;
    el.addEventListener('click', onClick);
    return el;
  };
  const dismiss = () => {
    const hadFocus = box.contains(document.activeElement);
    box.remove();
    if (hadFocus) document.getElementById('main')?.focus({ preventScroll: true });
  };
  const actions = document.createElement('div');
  actions.className = 'lb-notice__actions';
  actions.append(button('Reload', 'lb-button lb-button--primary', reload), button('Not now', 'lb-button', dismiss));
  box.append(text, actions);
  const skip = document.querySelector('.lb-skip');
  if (skip) skip.after(box);
  else document.body.prepend(box);
  announce(`${UPDATE_TEXT} The Reload button is at the start of the page.`);
}
