/** Answer to one of the five signs. "Not sure" is its own answer: counted and named, never taken as No. */
export type SignAnswer = 'yes' | 'not-sure' | 'no';

/** Result band by number of Yes answers: two or more, exactly one, none. */
export type Band = 'explore' | 'one' | 'none';

/** The scored answers: the band and the positions (0-based, in question order) of each kind of answer. */
export interface Score {
  band: Band;
  yes: number[];
  notSure: number[];
  no: number[];
}

/** The band for a number of Yes answers. */
export function bandFor(yesCount: number): Band {
  if (yesCount >= 2) return 'explore';
  return yesCount === 1 ? 'one' : 'none';
}

/** Scores the answers to the signs, in question order. */
export function score(answers: readonly SignAnswer[]): Score {
  const positions = (kind: SignAnswer) => answers.flatMap((a, i) => (a === kind ? [i] : []));
  const yes = positions('yes');
  return { band: bandFor(yes.length), yes, notSure: positions('not-sure'), no: positions('no') };
}
