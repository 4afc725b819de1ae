/**
 * Paths that are one file on a case-insensitive file system (macOS, Windows) but two in git.
 * `Journal.tsx` and `journal.ts` are such a pair: an import of `./journal` without its extension
 * can load `Journal.tsx` there, so the wrong module runs. Folders count too (`Search/` and `search/`).
 */

/** A path without the extension of its last part: `src/a/Journal.tsx` → `src/a/Journal`. */
export function withoutExtension(path: string): string {
  return path.replace(/(?<=[^/])\.[^./]*$/, '');
}

/** Every folder a path sits in, then the path itself without its extension. */
function names(path: string): string[] {
  const parts = path.split('/');
  const folders = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
  return [...folders, withoutExtension(path)];
}

/**
 * Groups of names (files without their extension, and folders) that differ only by case, each
 * group sorted, groups sorted by their first name. Empty when no two names collide.
 */
export function caseCollisions(paths: readonly string[]): string[][] {
  const byLower = new Map<string, Set<string>>();
  for (const path of paths) {
    for (const name of names(path)) {
      const key = name.toLowerCase();
      const group = byLower.get(key) ?? new Set<string>();
      group.add(name);
      byLower.set(key, group);
    }
  }
  return [...byLower.values()]
    .filter((group) => group.size > 1)
    .map((group) => [...group].sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
