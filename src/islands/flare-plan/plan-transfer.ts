/**
 * The flare plan in the journal's saved copy (its JSON export): reading it back from a file, and
 * bringing it into this browser without losing the plan already here. Pure: the store is passed in.
 */
import type { KeyValueStore } from '../../lib/safe-storage';
import { PLAN_KEY, parsePlan, type FlarePlan } from './flare-plan';

/** The plan a file holds: none, a plan, or one that is there but does not check out. */
export type FilePlan = { status: 'none' } | { status: 'ok'; plan: FlarePlan } | { status: 'unreadable' };

/** Reads the `flarePlan` field of a file's JSON through the same check as stored plans. */
export function readFilePlan(raw: unknown): FilePlan {
  const field = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['flarePlan'] : undefined;
  if (field === undefined) return { status: 'none' };
  const plan = parsePlan(field);
  return plan ? { status: 'ok', plan } : { status: 'unreadable' };
}

/** True when two plans say the same things (when each was saved does not matter). */
export function samePlan(a: FlarePlan, b: FlarePlan): boolean {
  const keys = (p: FlarePlan) => Object.keys(p.fields).sort();
  return JSON.stringify(keys(a)) === JSON.stringify(keys(b)) && keys(a).every((k) => a.fields[k] === b.fields[k]);
}

/**
 * What bringing `incoming` in should do, given the plan in this browser (`current`, null for none):
 * nothing when they say the same; restore it when there is none here; ask when they differ.
 */
export function planStep(current: FlarePlan | null, incoming: FlarePlan): 'same' | 'restore' | 'ask' {
  if (!current) return 'restore';
  return samePlan(current, incoming) ? 'same' : 'ask';
}

/** Where a plan replaced by one from a file is kept aside, at `now` (ms). */
export function replacedKeyFor(now: number): string {
  return `${PLAN_KEY}.replaced.${now}`;
}

/** What bringing a plan in did. `keptAside`: the key the earlier plan now sits under, if there was one. */
export type PlanRestore = { ok: true; keptAside: string | null } | { ok: false };

/**
 * Makes `incoming` this browser's plan. A plan already here is first kept aside, untouched, under
 * replacedKeyFor(now); if that cannot be done (storage blocked or full), nothing is changed.
 */
export function restorePlan(store: KeyValueStore | null, incoming: FlarePlan, now: number): PlanRestore {
  if (!store) return { ok: false };
  try {
    const earlier = store.getItem(PLAN_KEY);
    const keptAside = earlier === null ? null : replacedKeyFor(now);
    if (keptAside !== null) store.setItem(keptAside, earlier!);
    try {
      store.setItem(PLAN_KEY, JSON.stringify(incoming));
    } catch {
      // Full: the earlier plan is still in place; take back the copy set aside.
      if (keptAside !== null) store.removeItem(keptAside);
      return { ok: false };
    }
    return { ok: true, keptAside };
  } catch {
    return { ok: false };
  }
}
