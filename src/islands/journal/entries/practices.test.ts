import { describe, expect, it } from 'vitest';
import { PRACTICES } from '../test-helpers';
import { isPractice, practiceName } from './practices';

describe('practices', () => {
  it('knows the practices in the list and nothing else', () => {
    expect(isPractice('body-scan', PRACTICES)).toBe(true);
    expect(isPractice('other', PRACTICES)).toBe(true);
    expect(isPractice('juggling', PRACTICES)).toBe(false);
    expect(isPractice(undefined, PRACTICES)).toBe(false);
  });

  it('names a practice by its guide, one no longer offered by its slug, and none as such', () => {
    expect(practiceName('micro-movement-mapping', PRACTICES)).toBe('Micro-movement mapping');
    expect(practiceName('juggling', PRACTICES)).toBe('juggling');
    expect(practiceName(null, PRACTICES)).toBe('No practice chosen');
  });
});
