/**
 * The page-level "a practice is running" flag: `<html data-practising="…">` lists who is practising,
 * and is absent when no one is. Site code that must not interrupt a practice (the "new version is
 * ready" notice) waits for it to go. The screen keeper (src/lib/wake-lock.ts) sets it for every
 * practice that keeps the screen awake; a practice that does not use the keeper calls
 * `markPractising(name, running)` itself. The state lives in the attribute, so any script can read it.
 */
const ATTRIBUTE = 'data-practising';

/** Adds (`on`) or removes `who` (one word, such as "breath-timer") from the page's practising list. */
export function markPractising(who: string, on: boolean, root: Element = document.documentElement): void {
  if (!/^\S+$/.test(who)) throw new Error(`markPractising: "who" must be one word, received "${who}"`);
  const names = new Set((root.getAttribute(ATTRIBUTE) ?? '').split(' ').filter(Boolean));
  if (on) names.add(who);
  else names.delete(who);
  if (names.size) root.setAttribute(ATTRIBUTE, [...names].join(' '));
  else root.removeAttribute(ATTRIBUTE);
}

/** True while any practice on the page is running. */
export function isPractising(root: Element = document.documentElement): boolean {
  return (root.getAttribute(ATTRIBUTE) ?? '').trim() !== '';
}

/** Calls `run` once no practice is running: at once if none is, otherwise when the last one stops. */
export function whenNotPractising(run: () => void, root: Element = document.documentElement): void {
  if (!isPractising(root)) {
    run();
    return;
  }
  const observer = new MutationObserver(() => {
    if (isPractising(root)) return;
    observer.disconnect();
    run();
  });
  observer.observe(root, { attributes: true, attributeFilter: [ATTRIBUTE] });
}
