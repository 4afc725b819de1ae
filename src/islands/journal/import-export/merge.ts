import { contentKey, sortEntries, type Entry } from '../entries/entry';

/** What merging imported entries into the journal would do. */
export interface MergePlan {
  /** Entries to add (an entry whose id is taken by different words gets a new, derived id). */
  added: Entry[];
  /** Incoming entries already in the journal (same id, same content), left out. */
  duplicates: number;
}

/**
 * Plans a merge without duplicates. Same id and same content: a duplicate, skipped. Same id but
 * different content: both are kept; the incoming one takes the id `<id>~2` (or ~3...), so importing
 * the same file twice still adds nothing the second time.
 */
export function planMerge(existing: readonly Entry[], incoming: readonly Entry[]): MergePlan {
  const byId = new Map(existing.map((e) => [e.id, contentKey(e)]));
  const plan: MergePlan = { added: [], duplicates: 0 };
  for (const entry of incoming) {
    const key = contentKey(entry);
    let id = entry.id;
    for (let n = 2; byId.has(id) && byId.get(id) !== key; n++) id = `${entry.id.slice(0, 90)}~${n}`;
    if (byId.has(id)) {
      plan.duplicates++;
      continue;
    }
    byId.set(id, key);
    plan.added.push(id === entry.id ? entry : { ...entry, id });
  }
  return plan;
}

/** The journal after a planned merge, newest first. */
export function applyMerge(existing: readonly Entry[], plan: MergePlan): Entry[] {
  return sortEntries([...existing, ...plan.added]);
}
