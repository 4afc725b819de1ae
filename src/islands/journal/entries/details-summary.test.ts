import { describe, expect, it } from 'vitest';
import { PRACTICES } from '../test-helpers';
import { detailsFilled, errorInDetails } from './details-summary';
import { newDraft, type Draft } from './draft';

const draft = (over: Partial<Draft> = {}): Draft => ({ ...newDraft(Date.UTC(2026, 2, 5, 9, 30)), ...over });

describe('detailsFilled', () => {
  it('is empty for a new form: the date alone is not news', () => {
    expect(detailsFilled(draft(), PRACTICES)).toEqual([]);
  });

  it('names what is filled in, in the form order', () => {
    const d = draft({ practice: 'pendulation', minutes: '10', tags: ['warmth'], own: 'fizzy, , open', settled: '7', painOn: true, pain: '3' });
    expect(detailsFilled(d, PRACTICES)).toEqual(['Pendulation', '10 minutes', '3 sensations', 'settled 7', 'pain 3']);
  });

  it('says one minute and one sensation in the singular', () => {
    expect(detailsFilled(draft({ minutes: ' 1 ', tags: ['warmth'] }), PRACTICES)).toEqual(['1 minute', '1 sensation']);
  });

  it('leaves out a length that is not a whole number of minutes', () => {
    expect(detailsFilled(draft({ practice: 'body-scan', minutes: 'lots' }), PRACTICES)).toEqual(['Body scan']);
  });

  it('leaves out a pain number that is turned off, or turned on with none chosen', () => {
    expect(detailsFilled(draft({ painOn: false, pain: '4' }), PRACTICES)).toEqual([]);
    expect(detailsFilled(draft({ painOn: true, pain: '' }), PRACTICES)).toEqual([]);
  });

  it('keeps a settled rating of 0', () => {
    expect(detailsFilled(draft({ settled: '0' }), PRACTICES)).toEqual(['settled 0']);
  });
});

describe('errorInDetails', () => {
  it('is true for a problem in a field inside the box, not for the note outside it or no problem', () => {
    expect(errorInDetails({ field: 'at' })).toBe(true);
    expect(errorInDetails({ field: 'minutes' })).toBe(true);
    expect(errorInDetails({ field: 'own' })).toBe(true);
    expect(errorInDetails({ field: 'text' })).toBe(false);
    expect(errorInDetails(null)).toBe(false);
  });
});
