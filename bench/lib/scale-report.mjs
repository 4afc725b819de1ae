import { kB, ms, table } from './table.mjs';

/** Prints build time and Pagefind size against guide count, with the cost of each added guide. */
export function printScaleReport({ runs }) {
  console.log('\nScale: build time and Pagefind size against guide count (fastest of 2 builds, cold cache each)');
  const rows = runs.map((run, i) => {
    const prev = runs[i - 1];
    const added = prev ? run.guides - prev.guides : 0;
    return [
      run.guides,
      run.pagesIndexed,
      run.wordsIndexed,
      `${(run.buildMs / 1000).toFixed(1)} s`,
      prev ? `${ms((run.buildMs - prev.buildMs) / added)} ms` : null,
      `${kB(run.pagefindBytes)} kB`,
      `${kB(run.pagefindIndexBytes)} kB`,
      prev ? `${kB((run.pagefindIndexBytes - prev.pagefindIndexBytes) / added)} kB` : null,
      run.pagefindFiles,
      `${ms(run.search.medianMs)} ms`,
    ];
  });
  console.log(
    table(['guides', 'pages indexed', 'words indexed', 'build time', 'per added guide', 'pagefind/', 'index only', 'index per added guide', 'pagefind files', 'search median'], rows),
  );
  console.log('search median: ms from the last keystroke to the first result, as in `npm run bench`.');
  console.log('"index only" is the .pf_* files and pagefind-entry.json, without the fixed runtime (JS, WebAssembly, UI).');
}
