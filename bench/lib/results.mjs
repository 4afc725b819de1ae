import { readFile, writeFile } from 'node:fs/promises';
import { RESULTS_FILE } from './paths.mjs';

/**
 * Writes one part of bench/results.json ("site" from `npm run bench`, "scale" from `--scale`), keeping
 * the other part from an earlier run; each part carries its own `measuredAt`.
 */
export async function saveResults(part, data) {
  let all = {};
  try {
    all = JSON.parse(await readFile(RESULTS_FILE, 'utf8'));
  } catch {
    // First run, or an unreadable file: start afresh.
  }
  all[part] = { measuredAt: new Date().toISOString(), ...data };
  await writeFile(RESULTS_FILE, JSON.stringify(all, null, 2) + '\n');
  return RESULTS_FILE;
}
