import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseCollisions, withoutExtension } from './repo-paths';

describe('caseCollisions', () => {
  it('finds a component and a module that differ only by case once the extension is gone', () => {
    expect(caseCollisions(['src/j/Journal.tsx', 'src/j/journal.ts', 'src/j/journal.test.ts'])).toEqual([
      ['src/j/Journal', 'src/j/journal'],
    ]);
  });

  it('finds folders that differ only by case', () => {
    expect(caseCollisions(['src/Search/a.ts', 'src/search/b.ts'])).toEqual([['src/Search', 'src/search']]);
  });

  it('lets through names that differ by more than case, or only by extension', () => {
    expect(
      caseCollisions(['src/j/Journal.astro', 'src/j/Journal.tsx', 'src/j/journal-state.ts', 'src/j/journal-state.test.ts', 'src/j/JournalState.tsx']),
    ).toEqual([]);
  });

  it('removes only the last extension, and none from a dot file', () => {
    expect(withoutExtension('a/b.test.ts')).toBe('a/b.test');
    expect(withoutExtension('a/.gitignore')).toBe('a/.gitignore');
    expect(withoutExtension('a.b/c')).toBe('a.b/c');
  });
});

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the files git tracks', () => {
  it('hold no two names that differ only by case (they would be one file on macOS and Windows)', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(tracked.length).toBeGreaterThan(0);
    expect(caseCollisions(tracked)).toEqual([]);
  });
});
