import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/**
 * One chart: a heading, the picture (inline SVG, hidden from screen readers) and the same numbers as a
 * table in a native <details> ("Show as a table": the WAI-ARIA APG Disclosure pattern, built in).
 */
export function Chart(props: {
  title: string;
  summary: string;
  head: [string, string];
  rows: [string, string | number][];
  children: ComponentChildren;
}) {
  const id = useId();
  return (
    <figure class="jr-chart" aria-labelledby={id}>
      <h4 id={id}>{props.title}</h4>
      <p class="jr-hint">{props.summary}</p>
      {props.children}
      {props.rows.length > 0 && (
        <details>
          <summary>Show as a table</summary>
          <table>
            <caption class="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.head[0]}</th>
                <th scope="col">{props.head[1]}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map(([k, v]) => (
                <tr>
                  <th scope="row">{k}</th>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

const W = 320;

/** Horizontal bars with the label and the number written beside each. */
export function Bars({ rows }: { rows: { label: string; value: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const row = 30;
  return (
    <svg class="jr-svg" viewBox={`0 0 ${W} ${rows.length * row}`} aria-hidden="true">
      {rows.map((r, i) => {
        const y = i * row;
        const w = Math.max(2, (r.value / max) * 130);
        return (
          <g key={r.label}>
            <text x="0" y={y + 20}>
              {r.label.length > 15 ? `${r.label.slice(0, 14)}…` : r.label}
            </text>
            <rect class="jr-bar" x="150" y={y + 5} width={w} height="20" rx="3" />
            <text x={156 + w} y={y + 20}>
              {r.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Columns with the number above and the label below each. */
export function Columns({ cols }: { cols: { label: string; value: number }[] }) {
  const max = Math.max(1, ...cols.map((c) => c.value));
  const h = 150;
  const step = W / cols.length;
  return (
    <svg class="jr-svg" viewBox={`0 0 ${W} ${h + 24}`} aria-hidden="true">
      <line class="jr-axis" x1="0" x2={W} y1={h} y2={h} />
      {cols.map((c, i) => {
        const bh = (c.value / max) * (h - 24);
        const x = i * step + step / 2;
        return (
          <g key={c.label}>
            <rect class="jr-bar" x={x - 18} y={h - bh} width="36" height={bh} rx="3" />
            <text x={x} y={h - bh - 6} text-anchor="middle">
              {c.value}
            </text>
            <text x={x} y={h + 19} text-anchor="middle">
              {c.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Dots for ratings 0 to 10 across the days of the window, joined by a line. */
export function Dots({ points, days, first }: { points: { day: number; value: number }[]; days: number; first: string }) {
  const h = 150;
  const left = 28;
  const x = (d: number) => left + (d / (days - 1)) * (W - left - 8);
  const y = (v: number) => 8 + ((10 - v) / 10) * (h - 16);
  return (
    <svg class="jr-svg" viewBox={`0 0 ${W} ${h + 24}`} aria-hidden="true">
      {[0, 5, 10].map((v) => (
        <g key={v}>
          <line class="jr-grid" x1={left} x2={W} y1={y(v)} y2={y(v)} />
          <text x={left - 6} y={y(v) + 5} text-anchor="end">
            {v}
          </text>
        </g>
      ))}
      <polyline class="jr-line" points={points.map((p) => `${x(p.day)},${y(p.value)}`).join(' ')} />
      {points.map((p, i) => (
        <circle key={i} class="jr-dot" cx={x(p.day)} cy={y(p.value)} r="5" />
      ))}
      <text x={left} y={h + 19}>
        {first}
      </text>
      <text x={W} y={h + 19} text-anchor="end">
        Today
      </text>
    </svg>
  );
}
