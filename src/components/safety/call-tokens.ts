/** The "{999}" and "{text:988}" tokens in a line of care advice: [whole token, "text" or undefined, number]. */
export const CALL_TOKEN = /\{(?:(text):)?([\d ]+)\}/g;

/** A number to link within a line: which one, and whether as a text message. */
export interface CallToken {
  number: string;
  text: boolean;
}

/** Splits a line at its call tokens, in order: plain text, then the tokens between. */
export function splitCallTokens(line: string): (string | CallToken)[] {
  const parts: (string | CallToken)[] = [];
  let at = 0;
  for (const match of line.matchAll(new RegExp(CALL_TOKEN))) {
    if (match.index > at) parts.push(line.slice(at, match.index));
    parts.push({ number: match[2]!, text: match[1] === 'text' });
    at = match.index + match[0].length;
  }
  if (at < line.length) parts.push(line.slice(at));
  return parts;
}
