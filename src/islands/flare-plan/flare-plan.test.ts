import { describe, expect, it } from 'vitest';
import { parsePlan, planFrom, splitPhoneNumbers } from './flare-plan';

describe('parsePlan', () => {
  const ok = { version: 1, updatedAt: '2026-12-01T10:00:00.000Z', fields: { helps: 'Heat', avoid: '' } };

  it('keeps a good plan and drops empty fields', () => {
    expect(parsePlan(ok)).toEqual({ version: 1, updatedAt: '2026-12-01T10:00:00.000Z', fields: { helps: 'Heat' } });
  });

  it.each([
    ['not an object', 'plan'],
    ['another version', { ...ok, version: 2 }],
    ['a bad date', { ...ok, updatedAt: 'yesterday' }],
    ['a field that is not text', { ...ok, fields: { helps: 3 } }],
    ['fields as a list', { ...ok, fields: ['Heat'] }],
    ['a field over 4,000 characters', { ...ok, fields: { helps: 'x'.repeat(4001) } }],
  ])('refuses %s', (_, raw) => expect(parsePlan(raw)).toBeNull());
});

describe('planFrom', () => {
  it('keeps the boxes with words, stamped with the time', () => {
    expect(planFrom({ helps: 'Heat and rest', avoid: '  ' }, new Date('2026-12-01T10:00:00Z'))).toEqual({
      version: 1,
      updatedAt: '2026-12-01T10:00:00.000Z',
      fields: { helps: 'Heat and rest' },
    });
  });

  it('gives null when every box is empty', () => {
    expect(planFrom({ helps: '', avoid: ' ' }, new Date())).toBeNull();
  });
});

describe('splitPhoneNumbers', () => {
  it('turns the numbers a reader wrote into parts to dial', () => {
    expect(splitPhoneNumbers('Sam 07700 900123, or the GP on (020) 7946-0000. Also +44 20 7946 0001')).toEqual([
      'Sam ',
      { number: '07700 900123', tel: '07700900123' },
      ', or the GP on ',
      { number: '(020) 7946-0000', tel: '02079460000' },
      '. Also ',
      { number: '+44 20 7946 0001', tel: '+442079460001' },
    ]);
  });

  it('leaves short numbers, times and plain words as text', () => {
    expect(splitPhoneNumbers('Rest at 2.30 for 10 minutes')).toEqual(['Rest at 2.30 for 10 minutes']);
    expect(splitPhoneNumbers('Call 111')).toEqual(['Call ', { number: '111', tel: '111' }]);
  });
});
