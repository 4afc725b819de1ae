import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';

/** The hash source of one inline text, as CSP writes it: 'sha256-…'. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** Parses "a x y; b z" into directive → sources, keeping order. */
function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, [...(map.get(name) ?? []), ...sources]);
  }
  return map;
}

const printPolicy = (map: Map<string, string[]>) => [...map].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * Adds to a page's Content-Security-Policy <meta> the hash of every inline <style> and <script> that
 * Astro did not hash itself (Astro 7.3 misses the styles of islands that a guide's MDX brings in).
 * Reads the page with a real HTML parser; returns the page unchanged when nothing is missing.
 */
export function completePolicy(html: string, file: string): { html: string; added: number } {
  const root = parse(html, { comment: true });
  const meta = root.querySelector('meta[http-equiv="content-security-policy"]');
  const content = meta?.getAttribute('content');
  if (!meta || !content) throw new Error(`${file}: no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?)`);
  const policy = parsePolicy(content);
  let added = 0;
  const allow = (directive: string, texts: string[]) => {
    const sources = policy.get(directive) ?? ["'self'"];
    for (const source of texts.map(hashSource)) {
      if (sources.includes(source)) continue;
      sources.push(source);
      added += 1;
    }
    policy.set(directive, sources);
  };
  allow('style-src', root.querySelectorAll('style').map((el) => el.rawText));
  const inlineScripts = root.querySelectorAll('script').filter((el) => !el.hasAttribute('src') && el.rawText.trim() !== '');
  allow('script-src', inlineScripts.map((el) => el.rawText));
  if (added === 0) return { html, added };
  const before = meta.toString();
  if (!html.includes(before)) throw new Error(`${file}: could not find the policy <meta> as the parser printed it: ${before}`);
  meta.setAttribute('content', printPolicy(policy));
  return { html: html.replace(before, meta.toString()), added };
}
