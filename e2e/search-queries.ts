/**
 * Queries real readers type, tired and in pain, often on a phone, and the guide each one must find:
 * first (`top: 1`) or in the first three (`top: 3`). The guide is chosen by what that reader would
 * want, not by what search happened to return; search-queries.spec.ts checks every one against the
 * built index. When a query fails, fix the search (content/search/synonyms.yaml, keywords.yaml),
 * not the expectation, unless the expectation was wrong about the reader.
 */
export interface ReaderQuery {
  /** What the reader types, as typed. */
  q: string;
  /** The guide's slug, or several when any of them is the right answer. */
  guide: string | readonly string[];
  /** It must be first (1) or in the first three (3). */
  top: 1 | 3;
  /** Why this guide: what the reader needs. */
  why: string;
}

export const READER_QUERIES: readonly ReaderQuery[] = [
  { q: 'cant sleep', guide: 'body-scan', top: 3, why: 'a practice done lying in bed, which many people find makes them sleepy' },
  { q: "can't sleep", guide: 'body-scan', top: 3, why: 'the same reader, typing the apostrophe' },
  { q: 'numb leg', guide: 'red-flags', top: 1, why: 'numbness in the legs can be a sign that needs care today' },
  { q: 'bladder', guide: 'red-flags', top: 1, why: 'changes in bladder control with back pain need urgent care' },
  { q: 'pins and needles', guide: 'red-flags', top: 3, why: 'tingling or numbness can be a warning sign' },
  { q: 'flare', guide: 'flares-and-setbacks', top: 1, why: 'the guide for being in a flare' },
  { q: 'flare up', guide: 'flares-and-setbacks', top: 1, why: 'the same, as people say it' },
  { q: 'bad day', guide: 'flares-and-setbacks', top: 3, why: 'what to do on a day when the pain is worse' },
  { q: 'breathing exercise', guide: 'breath-anchoring', top: 1, why: 'the breathing practice' },
  { q: 'my back hurts when stressed', guide: 'signs-you-might-benefit', top: 3, why: 'pain that rises and falls with stress is one of its signs' },
  { q: 'trauma', guide: 'trauma-and-body-awareness', top: 3, why: 'how trauma can change the sense of the back' },
  { q: 'panic', guide: 'trauma-informed-practice', top: 3, why: 'how to ground yourself and stop when it is too much' },
  { q: 'too much', guide: 'trauma-informed-practice', top: 3, why: 'signs to slow down or stop, and how to ground yourself' },
  { q: 'body scan', guide: 'body-scan', top: 1, why: 'its title' },
  { q: 'how long', guide: 'what-to-expect', top: 3, why: 'how long change took in studies' },
  { q: 'how long does it take to work', guide: 'what-to-expect', top: 3, why: 'the same question, in full' },
  { q: 'is it safe', guide: 'is-this-right-for-me', top: 1, why: 'when to wait or do these practices with a professional' },
  { q: 'pregnant', guide: 'is-this-right-for-me', top: 1, why: 'it has a part for pregnancy' },
  { q: 'sciatica', guide: 'red-flags', top: 3, why: 'sciatica on both sides is a warning sign' },
  { q: 'emergency', guide: 'red-flags', top: 1, why: 'the signs that need emergency care' },
  { q: 'doctor', guide: 'getting-help', top: 3, why: 'who can help and how to reach them' },
  { q: 'physio', guide: 'getting-help', top: 3, why: 'it says how to get physiotherapy' },
  { q: 'yoga', guide: 'movement-therapies', top: 1, why: 'slow yoga is one of its therapies' },
  { q: 'stiff back', guide: 'micro-movement-mapping', top: 3, why: 'small slow movements to feel a stiff back from inside' },
  {
    q: 'audio',
    guide: ['body-scan', 'breath-anchoring', 'micro-movement-mapping', 'pendulation', 'somatic-tracking'],
    top: 1,
    why: 'a practice with a guided (spoken) version; each of these has one',
  },
  { q: 'timer', guide: 'breath-anchoring', top: 1, why: 'the breath-anchor timer is on it' },
  { q: 'diary', guide: 'interoceptive-journaling', top: 1, why: 'the journal' },
  { q: 'what is interoception', guide: 'what-is-interoception', top: 1, why: 'its title' },
  { q: 'does it work', guide: 'why-it-works', top: 3, why: 'how it may help, and what the evidence shows' },
  { q: 'medication', guide: 'is-this-right-for-me', top: 3, why: 'medicines that can make practice harder' },
  { q: 'routine', guide: 'daily-ritual', top: 1, why: 'building a daily ritual' },
  { q: 'doing it wrong', guide: 'common-mistakes', top: 1, why: 'common mistakes and gentler ways through' },
  { q: 'spasms', guide: 'flares-and-setbacks', top: 3, why: 'spasms in a flare' },
  { q: 'Pendulate', guide: 'pendulation', top: 1, why: 'a form of the practice\'s name, with a capital' },
];
