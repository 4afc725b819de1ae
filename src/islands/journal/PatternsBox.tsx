import { useEffect, useRef, useState } from 'preact/hooks';
import { useLazy } from '../../lib/use-lazy';
import type { Entry } from './entry';

/**
 * The "Patterns" section. Its charts load only when the reader nears them (like client:visible),
 * which keeps the journal's first download small.
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
  const Charts = useLazy(near, () => import('./Patterns').then((m) => m.Patterns));
  return (
    <div class="jr-patterns" ref={box}>
      <h3>Patterns in the last 30 days</h3>
      {Charts && <Charts entries={entries} />}
    </div>
  );
}
