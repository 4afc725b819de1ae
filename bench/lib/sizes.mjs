import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Total bytes and number of files under a folder (uncompressed, as on disk). */
export async function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/**
 * Bytes of Pagefind's index proper (its .pf_* files and entry JSON), leaving out the fixed runtime
 * (pagefind.js, the WebAssembly, the default UI) that does not grow with content.
 */
export async function pagefindIndexSize(pagefindDir) {
  let bytes = 0;
  for (const entry of await readdir(pagefindDir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && (/\.pf_\w+$/.test(entry.name) || entry.name === 'pagefind-entry.json')) {
      bytes += (await stat(join(entry.parentPath, entry.name))).size;
    }
  }
  return bytes;
}
