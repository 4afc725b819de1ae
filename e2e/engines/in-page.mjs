// Functions that run inside the page, in either engine. Each is self-contained (no closures), because
// the adapters send their source text to the browser.

/**
 * Records what a reader would hit as a fault: uncaught errors, failed resources, unhandled promise
 * rejections, Content-Security-Policy violations and console.error calls. Kept in sessionStorage so
 * that what a page recorded is still there after a link takes the tab to the next page (WebKit's
 * driver can only read it back later, and has no console access). Installs once per document.
 */
export function watchPage() {
  if (window.__enginesWatch) return;
  window.__enginesWatch = true;
  const KEY = 'engines:problems';
  const record = (text) => {
    const at = `${location.pathname}${location.search}`;
    try {
      const list = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
      list.push(`${at}: ${text}`);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch {
      (window.__enginesProblems ??= []).push(`${at}: ${text}`);
    }
  };
  const where = (file, line) => (file ? ` (${String(file).replace(location.origin, '')}:${line ?? '?'})` : '');
  addEventListener(
    'error',
    (e) => {
      if (e instanceof ErrorEvent) {
        record(`error: ${e.message}${where(e.filename, e.lineno)}`);
        return;
      }
      const el = e.target;
      if (!(el instanceof Element)) return;
      // Firefox fires "error" on a <link rel=modulepreload> whose module another import has already
      // loaded; nothing failed. A module that really fails to load also fails its import(), which
      // is caught below as an unhandled rejection, so nothing is lost by skipping these.
      if (el.matches('link[rel="modulepreload"]')) return;
      record(`failed to load <${el.localName}> ${el.getAttribute('src') ?? el.getAttribute('href') ?? ''}`);
    },
    true,
  );
  // Once the reader is leaving the page, Firefox and WebKit reject the module imports still on their
  // way ("error loading dynamically imported module", "Importing a module script failed."); the page
  // is going, so nobody sees a fault. Chromium lets them be.
  let leaving = false;
  addEventListener('beforeunload', () => (leaving = true));
  addEventListener('pageshow', () => (leaving = false));
  addEventListener('unhandledrejection', (e) => {
    const r = e.reason;
    if (leaving && r instanceof TypeError && /dynamically imported module|Importing a module script failed/.test(r.message)) return;
    record(`unhandled rejection: ${r instanceof Error ? `${r.name}: ${r.message}` : String(r)}`);
  });
  document.addEventListener('securitypolicyviolation', (e) => {
    record(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}${where(e.sourceFile, e.lineNumber)}`);
  });
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    record(`console.error: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`);
    consoleError(...args);
  };
}

/** Returns what watchPage recorded in this tab so far, and forgets it. */
export function takeProblems() {
  const KEY = 'engines:problems';
  let list = [];
  try {
    list = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage is blocked: watchPage kept them on the window.
  }
  list.push(...(window.__enginesProblems ?? []));
  window.__enginesProblems = [];
  return list;
}

/**
 * Finds elements the way a reader names them: by ARIA role and accessible name, by visible text, or
 * (rarely) by CSS. Hidden elements (display: none, visibility: hidden, the hidden attribute) never
 * match; nor, by role, do those inside aria-hidden.
 * Query: { role, name, level, text, css, within, nth }. `name` and `text` are a string (exact, after
 * collapsing white space) or { re, flags } for a regular expression. `within` is another query.
 * Returns the matching elements, or the element at `nth` (which may be undefined).
 * @param {Record<string, any>} query
 */
export function findElements(query) {
  const IMPLICIT = [
    ['a[href], area[href]', 'link'],
    ['button, input[type=button], input[type=submit], input[type=reset], input[type=image], summary', 'button'],
    ['input[type=checkbox]', 'checkbox'],
    ['input[type=radio]', 'radio'],
    ['input[type=range]', 'slider'],
    ['input[type=search]:not([list])', 'searchbox'],
    ['input:is([type=text], [type=email], [type=tel], [type=url], [type=number], :not([type])):not([list]), textarea', 'textbox'],
    ['input[list], select:not([multiple]):not([size]), select[size="0"], select[size="1"]', 'combobox'],
    ['select', 'listbox'],
    ['option', 'option'],
    ['h1, h2, h3, h4, h5, h6', 'heading'],
    ['article', 'article'],
    ['ul, ol', 'list'],
    ['li', 'listitem'],
    ['fieldset, details, optgroup', 'group'],
    ['dialog', 'dialog'],
    ['output', 'status'],
    ['figure', 'figure'],
    ['nav', 'navigation'],
    ['main', 'main'],
    ['search', 'search'],
    ['table', 'table'],
    ['img[alt]:not([alt=""])', 'img'],
    ['section[aria-label], section[aria-labelledby]', 'region'],
    ['form[aria-label], form[aria-labelledby]', 'form'],
  ];
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (value, want) => (typeof want === 'string' ? value === want : new RegExp(want.re, want.flags).test(value));
  const visible = (el) =>
    !el.closest('[hidden]') && (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0);
  // Roles and names are what assistive technology gets, so aria-hidden parts have none; text is what the eye gets.
  const exposed = (el) => visible(el) && !el.closest('[aria-hidden="true"]');
  const roleOf = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0];
    const hit = IMPLICIT.find(([sel]) => el.matches(sel));
    return hit ? hit[1] : null;
  };
  const textOf = (el) => norm(el.textContent);
  const nameOf = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return norm(ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
    if (el.localName === 'fieldset') return norm(el.querySelector(':scope > legend')?.textContent);
    if (el.localName === 'figure') return norm(el.querySelector(':scope > figcaption')?.textContent);
    if (el.localName === 'img') return norm(el.getAttribute('alt'));
    const role = roleOf(el);
    if (['button', 'link', 'heading', 'option', 'tab', 'menuitem', 'cell', 'checkbox', 'radio', 'switch'].includes(role)) {
      return norm(el.textContent);
    }
    return norm(el.getAttribute('title') ?? (el.localName === 'input' ? el.getAttribute('placeholder') : ''));
  };
  const search = (q, root) => {
    let found;
    if (q.css) found = [...root.querySelectorAll(q.css)];
    else if (q.role) {
      found = [...root.querySelectorAll('*')].filter((el) => roleOf(el) === q.role);
      if (q.level) found = found.filter((el) => Number(el.getAttribute('aria-level') ?? el.localName.slice(1)) === q.level);
      if (q.name !== undefined) found = found.filter((el) => matches(nameOf(el), q.name));
    } else if (q.text !== undefined) {
      // The innermost elements whose text matches.
      const all = [...root.querySelectorAll('*')].filter((el) => !el.closest('head, script, style') && matches(textOf(el), q.text));
      found = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
    } else throw new Error(`A query needs role, text or css: ${JSON.stringify(q)}`);
    if (q.css && q.name !== undefined) found = found.filter((el) => matches(nameOf(el), q.name));
    if (q.css && q.text !== undefined) found = found.filter((el) => matches(textOf(el), q.text));
    return found.filter(q.role ? exposed : visible);
  };
  let roots = [document];
  if (query.within) {
    const outer = findElements(query.within);
    if (outer.length !== 1) return [];
    roots = outer;
  }
  const found = roots.flatMap((r) => search(query, r));
  return query.nth === undefined ? found : found[query.nth];
}

/**
 * What a test may check about one element: its text (textContent, white space collapsed, as
 * Playwright's toHaveText reads it), form value and states.
 * @param {Element} el
 */
export function describeElement(el) {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    text,
    value: 'value' in el ? String(el.value) : null,
    checked: 'checked' in el ? Boolean(el.checked) : el.getAttribute('aria-checked') === 'true',
    disabled: Boolean(el.disabled) || el.getAttribute('aria-disabled') === 'true',
    focused: el === document.activeElement,
    href: el.getAttribute('href'),
    pressed: el.getAttribute('aria-pressed'),
  };
}

/**
 * Takes speech synthesis away, as on a device or browser without it (an init script, before the
 * page's own): the practice player must then run with words and soft sounds.
 */
export function withoutSpeech() {
  for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) Object.defineProperty(window, name, { value: undefined, configurable: true });
}

/**
 * Moves the page's clock (Date.now) forward by `ms`, as a tab waking from sleep sees it. The widgets
 * keep end times and read Date.now on each tick, so they catch up as they would on a phone.
 * @param {number} ms
 */
export function advanceClock(ms) {
  if (!window.__enginesClock) {
    const real = Date.now.bind(Date);
    const clock = { offset: 0 };
    Date.now = () => real() + clock.offset;
    window.__enginesClock = clock;
  }
  window.__enginesClock.offset += ms;
}

/**
 * Run just after a reload of /journal/ (the engines journey and e2e/journal-reload.spec.ts). Waits up
 * to 10 s for the journal to show its form and returns, in ms: when it did, from the start of the
 * reload (`respond`) and from the end of its load event (`afterLoad`); how long after the load event
 * the first script file was asked for (`wait`: the page loader and client:painted wait for the first
 * paint, so a browser that reports none shows about 3000 here, or null if no script came at all); and
 * where the page is scrolled (`scrolled`).
 */
export async function timeJournalReload() {
  const deadline = performance.now() + 10_000;
  while (!document.querySelector('.jr-app form') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  const respond = Math.round(performance.now());
  const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
  const starts = performance
    .getEntriesByType('resource')
    .filter((e) => /\.m?js(\?|$)/.test(e.name) && e.startTime >= nav.loadEventStart)
    .map((e) => e.startTime);
  const wait = starts.length ? Math.round(Math.min(...starts) - nav.loadEventEnd) : null;
  return { respond, afterLoad: Math.round(respond - nav.loadEventEnd), wait, scrolled: Math.round(scrollY) };
}
