/** Formats rows as a plain-text table; columns whose cells are all figures are right-aligned. */
export function table(headers, rows) {
  const text = (c) => (c === null || c === undefined ? '–' : String(c));
  const body = rows.map((row) => row.map(text));
  const figure = (s) => /^-?[\d.,]+( ?(kB|ms|s))?$|^–$/.test(s);
  const right = headers.map((_, i) => body.length > 0 && body.every((row) => figure(row[i])));
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Bytes as kB with one decimal (1 kB = 1000 bytes). */
export const kB = (bytes) => (bytes / 1000).toFixed(1);

/** Milliseconds as whole ms, with thousands separators. */
export const ms = (value) => (value === null || value === undefined ? null : Math.round(value).toLocaleString('en'));
