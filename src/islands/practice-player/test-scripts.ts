/** The practice scripts as the build checks them (content/practices/*.yaml through the schema), for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { practiceSchema, type PracticeData } from '../../schemas/practice';

/** Folder of the practice scripts. */
export const PRACTICES_DIR = 'content/practices';

/** Every published script by slug (file name), checked by the schema. */
export function loadScripts(): Record<string, PracticeData> {
  const files = readdirSync(PRACTICES_DIR).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
  return Object.fromEntries(
    files.map((f) => [f.replace(/\.yaml$/, ''), practiceSchema.parse(parse(readFileSync(`${PRACTICES_DIR}/${f}`, 'utf8')))]),
  );
}
