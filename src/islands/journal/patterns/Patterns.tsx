import { Bars, Chart, Columns, Dots } from './Chart';
import type { Entry } from '../entries/entry';
import { formatDay, formatWhen, plural } from '../format';
import { patternSummary } from './pattern-summary';
import { WINDOW_DAYS } from './recent';

/**
 * A small picture of the last 30 days: tags, sessions per week, and the settled rating (under
 * PatternsBox's heading, which only shows it when there is at least one entry in those days).
 */
export function Patterns({ entries }: { entries: Entry[] }) {
  const p = patternSummary(entries, Date.now());
  const tags = p.tags.slice(0, 8);
  return (
    <>
      <p>
        {plural(p.total, 'entry', 'entries')} from {formatDay(p.first)} to today. These are only your own notes, not a score.
      </p>
      <Chart
        title="Sensations you noted"
        summary={
          tags.length
            ? `How many entries named each sensation${p.tags.length > tags.length ? '. The 8 most common are shown.' : '.'}`
            : 'No sensations chosen in these entries yet.'
        }
        head={['Sensation', 'Entries']}
        rows={p.tags.map((t) => [t.tag, t.count])}
      >
        {tags.length > 0 && <Bars rows={tags.map((t) => ({ label: t.tag, value: t.count }))} />}
      </Chart>
      <Chart
        title="Sessions per week"
        summary="Entries in each of the last four weeks, by the day each week starts."
        head={['Week', 'Entries']}
        rows={p.weeks.map((w) => [`${formatDay(w.first)} to ${formatDay(w.last)}`, w.count])}
      >
        <Columns cols={p.weeks.map((w) => ({ label: formatDay(w.first), value: w.count }))} />
      </Chart>
      <Chart
        title="How settled you felt"
        summary={
          p.settled.length
            ? 'Each dot is one entry, from 0 (not settled) at the bottom to 10 (very settled) at the top.'
            : 'No settled ratings in these entries yet.'
        }
        head={['Entry', 'Settled, 0 to 10']}
        rows={p.settled.map((s) => [formatWhen(s.at), s.value])}
      >
        {p.settled.length > 0 && <Dots points={p.settled} days={WINDOW_DAYS} first={formatDay(p.first)} />}
      </Chart>
    </>
  );
}
