import { describe, expect, it } from 'vitest';
import numbers from '../../content/safety/phone-numbers.json';
import redFlags from '../../content/safety/red-flags.json';
import { parseRedFlags } from './red-flags';

const clone = <T>(value: T): T => structuredClone(value);

describe('the red-flag data', () => {
  it('parses, with 999, 911 and 112 on the emergency card and NHS 111 on the urgent card', () => {
    const parsed = parseRedFlags(redFlags, numbers);
    expect(parsed.redFlags.emergency.calls).toEqual(['999', '911', '112']);
    expect(parsed.redFlags.urgent.calls).toEqual(['111']);
    expect(parsed.numbers['116 123']).toEqual({ tel: '116123', call: 'call Samaritans on 116 123', where: 'UK' });
  });

  it('lists the early cauda equina signs, tingling with saddle numbness, and "not normal for you"', () => {
    const emergency = redFlags.emergency.groups.flatMap((g) => g.signs).join(' | ');
    for (const sign of [/numbness or tingling around your genitals/, /wipe yourself/, /bladder is full/, /feeling when you pee or poo/, /new leaking/]) {
      expect(emergency).toMatch(sign);
    }
    expect(redFlags.emergency.lead).toMatch(/especially if this is not normal for you/);
  });

  it('names the file and field when a number on a card is not in phone-numbers.json', () => {
    const bad = clone(redFlags);
    bad.emergency.calls = ['999', '000'];
    expect(() => parseRedFlags(bad, numbers)).toThrow(/^content\/safety\/red-flags\.json: [\s\S]*emergency: Received number "000"; expected one of [\d ,]+\(content\/safety\/phone-numbers\.json\)/);
    const badLine = clone(redFlags);
    badLine.urgent.lines = ['Call us on {123}.'];
    expect(() => parseRedFlags(badLine, numbers)).toThrow(/urgent: Received number "123"/);
  });

  it('names the file and field for a bad phone number or a missing sign list', () => {
    const badTel = clone(numbers) as Record<string, Record<string, string>>;
    badTel['999']!.tel = '9-9-9';
    expect(() => parseRedFlags(redFlags, badTel)).toThrow(/^content\/safety\/phone-numbers\.json: [\s\S]*999\.tel: must be the digits to dial/);
    const noSigns = clone(redFlags) as Record<string, any>;
    delete noSigns.urgent.groups[0].signs;
    expect(() => parseRedFlags(noSigns, numbers)).toThrow(/urgent\.groups\.0\.signs: Invalid input: expected array/);
  });

  it('refuses repeated group ids', () => {
    const bad = clone(redFlags);
    bad.urgent.groups[0]!.id = bad.emergency.groups[0]!.id;
    expect(() => parseRedFlags(bad, numbers)).toThrow(/group ids must be unique; repeated: legs-and-lower-body/);
  });
});
