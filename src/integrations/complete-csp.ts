import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completePolicy } from './complete-policy';

/**
 * Part of `astro build`: once the pages are written, each page's Content-Security-Policy <meta> gets the
 * hashes of inline styles Astro did not count (src/integrations/complete-policy.ts, with an HTML parser).
 */
export function completeCsp(): AstroIntegration {
  return {
    name: 'listening-back:complete-csp',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        let pages = 0;
        let added = 0;
        const files = [...assets.values()].flat().map((url) => fileURLToPath(url)).filter((path) => path.endsWith('.html'));
        for (const file of new Set(files)) {
          const result = completePolicy(await readFile(file, 'utf8'), file.replace(fileURLToPath(dir), ''));
          if (result.added === 0) continue;
          await writeFile(file, result.html);
          pages += 1;
          added += result.added;
        }
        logger.info(`${added} inline style or script hash(es) added to the policy of ${pages} page(s)`);
      },
    },
  };
}
