import { useRef, useState } from 'preact/hooks';

/**
 * A part of an island that is fetched the first time it is `needed`, then kept: null until its
 * module has arrived. For UI that is not on screen at first render (a dialog, a closed panel), so
 * that its code stays out of the island's first download:
 *   const Dialog = useLazy(asking, () => import('./Dialog').then((m) => m.Dialog));
 * The fetch starts in the render that first needs the part rather than in an effect (effects wait
 * for the next frame), so it begins straight after the click that asked for it.
 */
export function useLazy<T>(needed: boolean, load: () => Promise<T>): T | null {
  const [part, setPart] = useState<T | null>(null);
  const asked = useRef(false);
  if (needed && !asked.current) {
    asked.current = true;
    // A function updater, because the part is often a component (a function) itself.
    void load().then((value) => setPart(() => value));
  }
  return part;
}
