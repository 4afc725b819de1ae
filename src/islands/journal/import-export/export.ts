import { JOURNAL_VERSION, type Entry } from '../entries/entry';
import { formatWhen, plural } from '../format';
import { readJournal } from '../storage/migrate';
import { practiceName, type Practice } from '../entries/practices';
import type { FlarePlan } from '../../flare-plan/flare-plan';
import { readFilePlan, type FilePlan } from '../../flare-plan/plan-transfer';

/** The `format` field that marks a file as a journal export. */
export const EXPORT_FORMAT = 'listening-back-journal';

/** A complete, versioned export: what "Download as JSON" saves. */
export interface JournalExport {
  format: typeof EXPORT_FORMAT;
  version: typeof JOURNAL_VERSION;
  /** When the file was made, ISO 8601. */
  exportedAt: string;
  entries: Entry[];
  /** The reader's flare plan (src/islands/flare-plan/flare-plan.ts), when there is one. */
  flarePlan?: FlarePlan;
}

/** Builds the JSON export of all entries at `now`, with the flare plan when there is one. */
export function toJsonExport(entries: readonly Entry[], now: number, flarePlan: FlarePlan | null = null): JournalExport {
  const out: JournalExport = { format: EXPORT_FORMAT, version: JOURNAL_VERSION, exportedAt: new Date(now).toISOString(), entries: [...entries] };
  return flarePlan ? { ...out, flarePlan } : out;
}

/** Escapes characters that Markdown would read as formatting. */
const md = (s: string) => s.replace(/([\\`*_[\]#<>|])/g, '\\$1');

/** A readable Markdown copy of the journal, newest first; practices named from `practices`. */
export function toMarkdown(entries: readonly Entry[], now: number, practices: readonly Practice[], locale?: string): string {
  const out = [
    '# My interoceptive journal',
    '',
    `Exported from Listening Back on ${formatWhen(new Date(now).toISOString(), locale)}. ${plural(entries.length, 'entry', 'entries')}, newest first.`,
  ];
  for (const e of entries) {
    const practice = e.practice ? practiceName(e.practice, practices) + (e.minutes ? ` (${e.minutes} minutes)` : '') : null;
    const lines = [
      practice && `- Practice: ${practice}`,
      !practice && e.minutes && `- Length: ${e.minutes} minutes`,
      e.tags.length > 0 && `- Sensations: ${e.tags.map(md).join(', ')}`,
      e.settled !== null && `- How settled: ${e.settled} out of 10`,
      e.pain !== null && `- Pain: ${e.pain} out of 10`,
    ].filter((l): l is string => typeof l === 'string');
    out.push('', `## ${formatWhen(e.at, locale)}`, '', ...lines);
    if (e.text.trim())
      out.push(
        ...(lines.length ? [''] : []),
        ...e.text
          .trim()
          .split('\n')
          .map((l) => `> ${md(l)}`.trimEnd()),
      );
  }
  return out.join('\n') + '\n';
}

/** What reading an import file gave: its entries, and the flare plan it holds (checked apart from them). */
export type ImportRead = { ok: true; entries: Entry[]; skipped: number; flarePlan: FilePlan } | { ok: false; message: string };

const NOT_A_JOURNAL =
  'This file is not a journal export from this site, so nothing was added. You might choose a file whose name ends in .json.';

/**
 * Reads the text of an import file: a journal export, or a stored journal of any known version
 * (`practices` names the practices a version-0 journal may mention).
 */
export function readImport(text: string, practices: readonly Practice[]): ImportRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: NOT_A_JOURNAL };
  }
  const { format, version } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (format !== undefined && format !== EXPORT_FORMAT) return { ok: false, message: NOT_A_JOURNAL };
  if (typeof version === 'number' && version > JOURNAL_VERSION) {
    return { ok: false, message: 'This file was made by a newer version of the journal, so nothing was added.' };
  }
  const read = readJournal(raw, practices);
  if (!read) return { ok: false, message: NOT_A_JOURNAL };
  if (read.entries.length === 0 && read.unreadable.length > 0) {
    return { ok: false, message: 'None of the entries in this file could be read, so nothing was added.' };
  }
  return { ok: true, entries: read.entries, skipped: read.unreadable.length, flarePlan: readFilePlan(raw) };
}
