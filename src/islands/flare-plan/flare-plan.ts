/**
 * The flare plan: what a reader writes on a good day to read in a flare. Pure data and checks; the
 * components read and write it through src/lib/safe-storage.ts under PLAN_KEY.
 * Stored as JSON: { "version": 1, "updatedAt": ISO date, "fields": { "<field id>": "text", … } }.
 */

/** Where the plan lives in localStorage. */
export const PLAN_KEY = 'lb-flare-plan';

/** A saved plan. */
export interface FlarePlan {
  version: 1;
  /** When it was last saved (ISO 8601). */
  updatedAt: string;
  /** Text by field id; a field left empty is absent. */
  fields: Record<string, string>;
}

/** The longest text one field keeps (a page of writing). */
export const MAX_FIELD = 4000;

/** A plan read from storage or a file, or null when it is not one (then it is kept aside, never lost). */
export function parsePlan(raw: unknown): FlarePlan | null {
  if (!raw || typeof raw !== 'object') return null;
  const { version, updatedAt, fields } = raw as Record<string, unknown>;
  if (version !== 1 || typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt))) return null;
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return null;
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(fields)) {
    if (typeof value !== 'string' || value.length > MAX_FIELD) return null;
    if (value.trim()) out[id] = value;
  }
  return { version: 1, updatedAt, fields: out };
}

/** A plan from the editor's boxes, trimmed of empty ones; null when every box is empty. */
export function planFrom(values: Record<string, string>, now: Date): FlarePlan | null {
  const fields = Object.fromEntries(
    Object.entries(values)
      .map(([id, value]) => [id, value.slice(0, MAX_FIELD)] as const)
      .filter(([, value]) => value.trim() !== ''),
  );
  return Object.keys(fields).length === 0 ? null : { version: 1, updatedAt: now.toISOString(), fields };
}

/** A piece of text, or a phone number the reader wrote, with what to dial. */
export type TextPart = string | { number: string; tel: string };

/** Runs of at least 3 digits, with spaces, dashes, dots or brackets between, optionally after a "+". */
const PHONE = /\+?\(?\d[\d\s().-]{1,}\d/g;

/**
 * Splits what a reader wrote into text and phone numbers, so each number can be a tap-to-call link.
 * A number needs 3 to 15 digits (999, 111, 0800 123 4567, +44 20 7946 0000); dates and times such as
 * "2.30" or "12/05" stay text.
 */
export function splitPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(PHONE)) {
    const found = match[0].trim();
    const digits = found.replace(/\D/g, '');
    if (digits.length < 3 || digits.length > 15 || /^\d{1,2}[.:]\d{2}$/.test(found)) continue;
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ number: found, tel: `${found.startsWith('+') ? '+' : ''}${digits}` });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
