import { describe, expect, it } from 'vitest';
import { splitCallTokens } from './call-tokens';

describe('splitCallTokens', () => {
  it('splits text around call and text tokens, in order', () => {
    expect(splitCallTokens('In the UK, {111}. In the US, {988} or {text:988}.')).toEqual([
      'In the UK, ',
      { number: '111', text: false },
      '. In the US, ',
      { number: '988', text: false },
      ' or ',
      { number: '988', text: true },
      '.',
    ]);
  });

  it('keeps numbers with a space and lines that start or end with a token', () => {
    expect(splitCallTokens('{116 123}')).toEqual([{ number: '116 123', text: false }]);
    expect(splitCallTokens('No numbers here.')).toEqual(['No numbers here.']);
  });
});
