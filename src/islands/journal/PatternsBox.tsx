import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from './entry';
import type { Patterns } from './Patterns';

/**
 * The "Patterns" section. Its charts load only when the reader nears them (like client:visible),
 * which keeps the journal's first download small.
 */
export function PatternsBox({ entries }: { entries: Entry[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [Charts, setCharts] = useState<typeof Patterns | null>(null);
  useEffect(() => {
    const seen = new IntersectionObserver(
      ([e]) => {
        if (!e?.isIntersecting) return;
        seen.disconnect();
        void import('./Patterns').then((m) => setCharts(() => m.Patterns));
      },
      { rootMargin: '400px' },
    );
    if (box.current) seen.observe(box.current);
    return () => seen.disconnect();
  }, []);
  return (
    <div class="jr-patterns" ref={box}>
      <h3>Patterns in the last 30 days</h3>
      {Charts && <Charts entries={entries} />}
    </div>
  );
}
