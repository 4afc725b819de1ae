import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { elapsedWithin } from '../../../lib/countdown';
import type { BehaviourProps } from '../behaviour';
import { answeredTooMuch, openQuestion, tooMuch, type TooMuch } from './dose';

/** What each answer did, said back to the reader. */
const SAID: Record<TooMuch['did'] | 'right', string> = {
  shorter: 'The next visits will be shorter. Stay in your place of ease as long as you like.',
  closing: 'You said too much twice, so the practice moves on to its close. Rest in your place of ease.',
  'no-visits': 'There are no more visits. Stay in your place of ease.',
  shortest: 'The next visits are already as short as they go. Stay in your place of ease as long as you like.',
  right: 'Thank you. The practice goes on as it was.',
};

/**
 * The question after a visit, "How was that visit?", open from the check-in until the next visit or
 * the close, paused or not: "Too much" makes the visits to come shorter, or, after a "too much" at
 * the check-in before, goes on to the close. Answering is optional: with no answer, the practice goes
 * on by itself. The box around it is a polite live region, so a screen reader hears the question
 * come and the reply; focus never falls out of the view when the buttons go.
 */
export function CheckIn({ id, state, now, send }: BehaviourProps) {
  const box = useRef<HTMLDivElement>(null);
  // The question answered in this view, by where it starts (a "too much" is also read from the plan, after a reload).
  const [said, setSaid] = useState<{ fromMs: number; words: string } | null>(null);
  const plan = state.plan;
  const q = plan && state.countdown ? openQuestion(plan, elapsedWithin(state.countdown, now)) : null;
  const asking = !!q && !!plan && said?.fromMs !== q.fromMs && !answeredTooMuch(plan, q);
  const answer = (much: boolean) => {
    if (!plan || !state.countdown) return;
    const got = much ? tooMuch(plan, elapsedWithin(state.countdown, Date.now()), Date.now()) : null;
    if (got?.event) send(got.event);
    setSaid({ fromMs: q!.fromMs, words: SAID[got ? got.did : 'right'] });
  };
  return (
    <div class="pp-check" ref={box} tabIndex={-1} aria-live="polite">
      {asking ? (
        <Ask id={id} box={box} onAnswer={answer} />
      ) : (
        said && <p class="pp-hint">{said.words}</p>
      )}
    </div>
  );
}

/** The question and its two answers. As they go (answered, or the question closed), focus that was on them moves to the box. */
function Ask({ id, box, onAnswer }: { id: string; box: { current: HTMLDivElement | null }; onAnswer(much: boolean): void }) {
  const group = useRef<HTMLDivElement>(null);
  useLayoutEffect(
    () => () => {
      if (group.current?.contains(document.activeElement)) box.current?.focus();
    },
    [],
  );
  return (
    <div class="pp-answers" role="group" aria-labelledby={`${id}-visit`} ref={group}>
      <p class="pp-legend" id={`${id}-visit`}>
        How was that visit?
      </p>
      <button type="button" class="lb-button" onClick={() => onAnswer(true)}>
        Too much
      </button>
      <button type="button" class="lb-button" onClick={() => onAnswer(false)}>
        About right
      </button>
    </div>
  );
}
