import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ROOT } from './paths.mjs';
import { syntheticGuide } from './synthetic-guide.mjs';

const GUIDES = join(ROOT, 'content/guides');

/**
 * Fills a fresh folder with the real guides plus `count` synthetic ones. The real guides import
 * components by relative path ('../../src/…'), so their imports are rewritten for the new folder.
 * @returns {Promise<number>} the number of guides written
 */
export async function writeScaleContent(dir, count) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const toSrc = relative(dir, join(ROOT, 'src')).replaceAll('\\', '/');
  const real = (await readdir(GUIDES)).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
  for (const file of real) {
    const text = await readFile(join(GUIDES, file), 'utf8');
    await writeFile(join(dir, file), text.replace(/(from\s+['"])\.\.\/\.\.\/src\//g, `$1${toSrc}/`));
  }
  for (let i = 1; i <= count; i++) {
    const { slug, text } = syntheticGuide(i);
    await writeFile(join(dir, `${slug}.mdx`), text);
  }
  return real.length + count;
}
