import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Scratch space for builds and synthetic content; git-ignored. */
export const TMP = fileURLToPath(new URL('../tmp/', import.meta.url));

/** Where each run writes its figures; git-ignored. */
export const RESULTS_FILE = fileURLToPath(new URL('../results.json', import.meta.url));
