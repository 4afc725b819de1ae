// Reads a Netlify / Cloudflare Pages style `_headers` file: blocks of a path pattern on its own line,
// then indented "Name: value" lines. A pattern may end in "*" (any rest of the path).

/**
 * @param {string} text the file's text
 * @returns {{ pattern: string, headers: Record<string, string> }[]} the blocks, in file order
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: Record<string, string> }[]} */
  const blocks = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      blocks.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const block = blocks.at(-1);
    const colon = line.indexOf(':');
    if (!block || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    block.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return blocks;
}

/**
 * The headers for one path: every matching block's, later blocks winning.
 * @param {{ pattern: string, headers: Record<string, string> }[]} blocks
 * @param {string} path a decoded URL path, like "/guides/body-scan/"
 */
export function headersFor(blocks, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const { pattern, headers } of blocks) {
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (matches) Object.assign(out, headers);
  }
  return out;
}
