import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../lib/safe-storage';
import { PLAN_KEY, type FlarePlan } from './flare-plan';
import { planStep, readFilePlan, replacedKeyFor, restorePlan, samePlan } from './plan-transfer';

const A: FlarePlan = { version: 1, updatedAt: '2026-11-01T10:00:00.000Z', fields: { helps: 'Heat', contacts: 'Sam 07700 900123' } };
const B: FlarePlan = { version: 1, updatedAt: '2026-12-01T10:00:00.000Z', fields: { helps: 'A short walk' } };
const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('readFilePlan', () => {
  it('finds no plan in a file without one', () => {
    expect(readFilePlan({ format: 'listening-back-journal', entries: [] })).toEqual({ status: 'none' });
    expect(readFilePlan(null)).toEqual({ status: 'none' });
  });

  it('reads a plan through the same check as a stored one', () => {
    expect(readFilePlan({ entries: [], flarePlan: A })).toEqual({ status: 'ok', plan: A });
  });

  it.each([
    ['another version', { ...A, version: 2 }],
    ['a field that is not text', { ...A, fields: { helps: 3 } }],
    ['a bad date', { ...A, updatedAt: 'last week' }],
    ['not an object', 'my plan'],
    ['null', null],
  ])('calls a plan with %s unreadable', (_, flarePlan) => {
    expect(readFilePlan({ entries: [], flarePlan })).toEqual({ status: 'unreadable' });
  });
});

describe('samePlan and planStep', () => {
  it('compares what the plans say, not when they were saved or the order of their parts', () => {
    expect(samePlan(A, { ...A, updatedAt: B.updatedAt, fields: { contacts: 'Sam 07700 900123', helps: 'Heat' } })).toBe(true);
    expect(samePlan(A, B)).toBe(false);
    expect(samePlan(A, { ...A, fields: { helps: 'Heat' } })).toBe(false);
  });

  it('restores when there is no plan here, leaves the same plan, and asks when they differ', () => {
    expect(planStep(null, A)).toBe('restore');
    expect(planStep(A, { ...A, updatedAt: B.updatedAt })).toBe('same');
    expect(planStep(A, B)).toBe('ask');
  });
});

describe('restorePlan', () => {
  it('saves the plan when there is none here', () => {
    const store = memoryStore();
    expect(restorePlan(store, A, NOW)).toEqual({ ok: true, keptAside: null });
    expect(store.dump()).toEqual({ [PLAN_KEY]: JSON.stringify(A) });
  });

  it('keeps the plan that was here aside, untouched, before replacing it', () => {
    const earlier = JSON.stringify(B);
    const store = memoryStore({ [PLAN_KEY]: earlier });
    expect(restorePlan(store, A, NOW)).toEqual({ ok: true, keptAside: replacedKeyFor(NOW) });
    expect(store.dump()).toEqual({ [PLAN_KEY]: JSON.stringify(A), [`${PLAN_KEY}.replaced.${NOW}`]: earlier });
  });

  it('changes nothing when storage is full, and reports it', () => {
    const earlier = JSON.stringify(B);
    const store = memoryStore({ [PLAN_KEY]: earlier });
    const full = { ...store, setItem: (k: string, v: string) => (k === PLAN_KEY ? (() => { throw new Error('full'); })() : store.setItem(k, v)) };
    expect(restorePlan(full, A, NOW)).toEqual({ ok: false });
    expect(store.dump()).toEqual({ [PLAN_KEY]: earlier });
  });

  it('reports blocked storage', () => {
    expect(restorePlan(null, A, NOW)).toEqual({ ok: false });
  });
});
