// Loaded only when the reader exports or imports, to keep the journal's first download small.
import type { Entry } from '../entries/entry';
import type { Practice } from '../entries/practices';
import { toJsonExport, toMarkdown } from './export';

export { readImport } from './export';
import { dayKey } from '../format';
import { browserStorage, loadJson } from '../../../lib/safe-storage';
import { PLAN_KEY, parsePlan } from '../../flare-plan/flare-plan';
import { keptAsideExport, storedKeys } from '../storage/kept-aside';

/** Saves text as a file through a blob: link with `download` (nothing leaves the device). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name of a journal download made at `now`. */
const fileName = (now: number, ext: 'json' | 'md') => `listening-back-journal-${dayKey(new Date(now))}.${ext}`;

/**
 * Downloads the whole journal as JSON (the format it can import again), named by today's date, with
 * the flare plan when there is one (a plan that cannot be read is kept aside, as on /flare/, and left out).
 */
export function exportJson(entries: readonly Entry[]): void {
  const now = Date.now();
  const plan = loadJson(browserStorage(), PLAN_KEY, parsePlan, now);
  const copy = toJsonExport(entries, now, plan.status === 'ok' ? plan.value : null);
  download(fileName(now, 'json'), 'application/json', JSON.stringify(copy, null, 2));
}

/** Downloads the whole journal as readable Markdown, practices named from `practices`. */
export function exportMarkdown(entries: readonly Entry[], practices: readonly Practice[]): void {
  const now = Date.now();
  download(fileName(now, 'md'), 'text/markdown', toMarkdown(entries, now, practices));
}

/**
 * Downloads, untouched, every stored value the journal could not read and kept aside; with
 * `withJournal`, the journal's own stored text too (where it could not be kept aside under another key).
 */
export function exportKeptAside(withJournal: boolean): void {
  const now = Date.now();
  const store = browserStorage();
  const stored = storedKeys(store).flatMap((key) => {
    const text = store?.getItem(key) ?? null;
    return text === null ? [] : [{ key, text }];
  });
  const name = `listening-back-journal-kept-aside-${dayKey(new Date(now))}.json`;
  download(name, 'application/json', JSON.stringify(keptAsideExport(stored, now, withJournal), null, 2));
}
