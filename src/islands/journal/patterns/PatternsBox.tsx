import { useEffect, useRef, useState } from 'preact/hooks';
import { useLazy } from '../../../lib/use-lazy';
import type { Entry } from '../entries/entry';
import { hasRecent } from './recent';

/**
 * The "Patterns" section. Its charts load only when the reader nears them (like client:visible)
 * and there is something from the last 30 days to draw, which keeps the journal's download small.
 */
export function PatternsBox({ entries }: { entries: Entry[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const seen = new IntersectionObserver(
      ([e]) => {
        if (!e?.isIntersecting) return;
        seen.disconnect();
        setNear(true);
      },
      { rootMargin: '400px' },
    );
    if (box.current) seen.observe(box.current);
    return () => seen.disconnect();
  }, []);
  const recent = hasRecent(entries, Date.now());
  const Charts = useLazy(near && recent, () => import('./Patterns').then((m) => m.Patterns));
  return (
    <div class="jr-patterns" ref={box}>
      <h3>Patterns in the last 30 days</h3>
      {!recent && <p>Nothing from the last 30 days yet. Once you save a few entries, a picture of them will show here.</p>}
      {recent && Charts && <Charts entries={entries} />}
    </div>
  );
}
