import type { Entry } from './entries/entry';
import type { Practice } from './entries/practices';

/** A valid v1 entry for tests; override any field. */
export function entry(over: Partial<Entry> = {}): Entry {
  return {
    id: 'e1',
    at: new Date(2026, 2, 5, 9, 30).toISOString(),
    practice: 'body-scan',
    minutes: 10,
    text: 'My breath softened part-way through.',
    tags: ['softening', 'warmth'],
    settled: 6,
    pain: null,
    ...over,
  };
}

/** A practice list as Journal.astro derives it from the guides (practicesFrom), for tests. */
export const PRACTICES: readonly Practice[] = [
  { slug: 'breath-anchoring', name: 'Breath anchoring' },
  { slug: 'body-scan', name: 'Body scan' },
  { slug: 'somatic-tracking', name: 'Somatic tracking' },
  { slug: 'pendulation', name: 'Pendulation' },
  { slug: 'micro-movement-mapping', name: 'Micro-movement mapping' },
  { slug: 'interoceptive-journaling', name: 'Interoceptive journaling' },
  { slug: 'other', name: 'Other' },
];

/** Local time in ms: March 2026 unless told otherwise. */
export const local = (day: number, hour = 12, minute = 0, month = 2) => new Date(2026, month, day, hour, minute).getTime();
