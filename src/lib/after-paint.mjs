// When a script that the first screen does not need may start: after the page has loaded and its first
// contentful paint is on screen. Used by islands that hydrate with client:painted (painted-directive.ts).

/**
 * Calls `run` once, a task after both the `load` event and the first contentful paint. A frame drawn
 * after `load` counts as that paint too: the page's content is on screen by then, and Firefox records
 * no paint entry at all after a reload that restores a scrolled position. Browsers without paint
 * timing wait for `load` only, and none waits more than 3 s after `load` (a tab in the background
 * draws no frames). Starting later than this would leave the reader waiting; starting earlier puts
 * the request on the path to the first paint.
 * @param {() => void} run
 */
export function afterFirstPaint(run) {
  let waiting = 2;
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    setTimeout(run);
  };
  const step = () => {
    waiting -= 1;
    if (waiting === 0) go();
  };
  const loaded = () => {
    step();
    // The second callback runs once the first frame after load has been drawn. (Should the paint entry
    // come as well, the extra step does nothing: go runs once.)
    requestAnimationFrame(() => requestAnimationFrame(step));
    setTimeout(go, 3000);
  };
  if (document.readyState === 'complete') loaded();
  else addEventListener('load', loaded, { once: true });
  const types = (globalThis.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (!types.includes('paint')) {
    step();
    return;
  }
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      step();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    step();
  }
}
