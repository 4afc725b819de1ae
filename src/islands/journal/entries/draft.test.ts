import { describe, expect, it } from 'vitest';
import { draftFromEntry, entryFromDraft, newDraft, readHandoff, STOPPED_EARLY_NOTE, toLocalInput } from './draft';
import { entry, local, PRACTICES } from '../test-helpers';

describe('hand-off from another page', () => {
  it('fills in a known practice and a length', () => {
    expect(readHandoff('?practice=pendulation&minutes=10', PRACTICES)).toEqual({ practice: 'pendulation', minutes: '10', stoppedEarly: false });
  });

  it('reads a session stopped early, and only from stopped=early', () => {
    expect(readHandoff('?practice=body-scan&minutes=2&stopped=early', PRACTICES)).toEqual({ practice: 'body-scan', minutes: '2', stoppedEarly: true });
    expect(readHandoff('?practice=body-scan&minutes=2&stopped=late', PRACTICES).stoppedEarly).toBe(false);
    expect(readHandoff('?stopped=EARLY', PRACTICES).stoppedEarly).toBe(false);
  });

  it.each([
    ['an unknown practice', '?practice=juggling&minutes=10', { practice: '', minutes: '10' , stoppedEarly: false }],
    ['0 minutes', '?practice=body-scan&minutes=0', { practice: 'body-scan', minutes: '' , stoppedEarly: false }],
    ['601 minutes', '?minutes=601', { practice: '', minutes: '' , stoppedEarly: false }],
    ['minutes that are not a whole number', '?minutes=2.5', { practice: '', minutes: '' , stoppedEarly: false }],
    ['minutes as words', '?minutes=ten', { practice: '', minutes: '' , stoppedEarly: false }],
    ['nothing', '', { practice: '', minutes: '' , stoppedEarly: false }],
  ])('falls back to empty for %s', (_, search, expected) => {
    expect(readHandoff(search, PRACTICES)).toEqual(expected);
  });

  it('keeps 1 and 600 minutes', () => {
    expect(readHandoff('?minutes=1', PRACTICES).minutes).toBe('1');
    expect(readHandoff('?minutes=600', PRACTICES).minutes).toBe('600');
  });
});

describe('the entry form', () => {
  it('starts dated now, pain off, with the hand-off filled in', () => {
    expect(newDraft(local(5, 9, 30), { practice: 'body-scan', minutes: '10', stoppedEarly: false })).toEqual({
      at: '2026-03-05T09:30',
      practice: 'body-scan',
      minutes: '10',
      text: '',
      tags: [],
      own: '',
      settled: '',
      painOn: false,
      pain: '',
    });
  });

  it('starts the note with a plain line when the session was stopped early; the entry keeps it only if the reader does', () => {
    const d = newDraft(local(5, 9, 30), { practice: 'body-scan', minutes: '2', stoppedEarly: true });
    expect(d).toMatchObject({ practice: 'body-scan', minutes: '2', text: 'I stopped this session before its planned end. ' });
    expect(STOPPED_EARLY_NOTE).not.toMatch(/fail|only|just|streak/i);
    expect(entryFromDraft({ ...d, text: `${d.text}Calmer after.` }, 'i')).toMatchObject({
      ok: true,
      entry: { practice: 'body-scan', minutes: 2, text: 'I stopped this session before its planned end. Calmer after.' },
    });
    expect(entryFromDraft({ ...d, text: 'Calmer.' }, 'i')).toMatchObject({ ok: true, entry: { text: 'Calmer.' } });
  });

  it('turns a filled form into an entry, adding the reader\u2019s own words as tags', () => {
    const d = {
      ...newDraft(local(5, 9, 30), { practice: 'body-scan', minutes: '10', stoppedEarly: false }),
      text: ' Warm. ',
      tags: ['warmth'],
      own: 'Fizzy, warmth',
      settled: '0',
    };
    expect(entryFromDraft(d, 'id1')).toEqual({
      ok: true,
      entry: entry({ id: 'id1', text: 'Warm.', tags: ['warmth', 'fizzy'], settled: 0 }),
    });
  });

  it('saves no pain number unless pain is turned on', () => {
    const d = { ...newDraft(local(5)), text: 'x', pain: '4' };
    expect(entryFromDraft(d, 'i')).toMatchObject({ entry: { pain: null } });
    expect(entryFromDraft({ ...d, painOn: true }, 'i')).toMatchObject({ entry: { pain: 4 } });
  });

  it('round-trips an entry through the form for editing', () => {
    const e = entry({ pain: 2 });
    expect(entryFromDraft(draftFromEntry(e), e.id)).toEqual({ ok: true, entry: e });
  });

  it.each([
    ['no date', { at: '' }, 'at'],
    ['a length of 0', { minutes: '0', text: 'x' }, 'minutes'],
    ['a length of 1.5', { minutes: '1.5', text: 'x' }, 'minutes'],
    ['nothing written and no sensation', { text: '  ' }, 'text'],
    ['an own word of 41 letters', { text: 'x', own: 'a'.repeat(41) }, 'own'],
  ])('refuses %s, naming the field', (_, patch, field) => {
    expect(entryFromDraft({ ...newDraft(local(5)), ...patch }, 'i')).toMatchObject({ ok: false, field });
  });

  it('accepts a length of 1 and a sensation without words', () => {
    expect(entryFromDraft({ ...newDraft(local(5)), minutes: '1', tags: ['warmth'] }, 'i')).toMatchObject({ ok: true });
  });

  it('writes datetime-local values in local time', () => {
    expect(toLocalInput(local(5, 7, 3))).toBe('2026-03-05T07:03');
  });
});
