/**
 * The page-level "a practice is running" flag: `<html data-practising="…">` lists who is practising,
 * and is absent when no one is. Site code that must not interrupt a practice (the "new version is
 * ready" notice) waits for it to go. The screen keeper (src/lib/wake-lock.ts) sets it for every
 * practice that keeps the screen awake; a practice that does not use the keeper calls
 * `markPractising(name, running)` itself. The state lives in the attribute, so any script can read it;
 * src/lib/when-not-practising.ts waits for it (kept apart, so the practices do not load that code).
 */
/** The attribute on <html> that lists who is practising. */
export const ATTRIBUTE = 'data-practising';

/** Adds (`on`) or removes `who` (one word, such as "breath-timer") from the page's practising list. */
export function markPractising(who: string, on: boolean, root: Element = document.documentElement): void {
  if (!/^\S+$/.test(who)) throw new Error(`markPractising: "who" must be one word, received "${who}"`);
  const names = new Set((root.getAttribute(ATTRIBUTE) ?? '').split(' ').filter(Boolean));
  if (on) names.add(who);
  else names.delete(who);
  if (names.size) root.setAttribute(ATTRIBUTE, [...names].join(' '));
  else root.removeAttribute(ATTRIBUTE);
}
