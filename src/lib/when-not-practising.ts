import { ATTRIBUTE } from './practising';

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
