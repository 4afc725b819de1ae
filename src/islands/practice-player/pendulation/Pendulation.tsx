import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { elapsedMs } from '../../../lib/countdown';
import type { Behaviour, BehaviourProps } from '../behaviour';
import type { Script } from '../plan';
import type { PlayerState } from '../practice-player';
import { backToEase, inVisit, tooMuch } from './dose';
import { fillPlaces, phrasesOf } from './places';
import { readPlaces } from './use-places';

/** Session time gone by, from the player's countdown (as practice-player.ts's sessionElapsed, which stays in the island's main chunk). */
const elapsedAt = (s: PlayerState, now: number) => (s.countdown ? Math.min(s.countdown.durationMs, Math.max(0, elapsedMs(s.countdown, now))) : 0);

/** The script with the reader's places in its words (the usual ones until they choose). */
function prepare(script: Script): Script {
  const phrases = phrasesOf(readPlaces());
  return { ...script, steps: script.steps.map((s) => ({ ...s, text: fillPlaces(s.text, phrases) })) };
}

const SAID = {
  shorter: 'The next visits will be shorter. Stay in your place of ease as long as you like.',
  none: 'There are no more visits. Stay in your place of ease.',
  closing: 'That was too much twice, so the practice goes on to its close.',
  right: 'Thank you. The practice goes on as it was.',
} as const;

/**
 * Pendulation's check-in: after a visit, "Too much" or "About right". Too much makes the visits still
 * to come shorter; twice in a row, the practice goes on to its closing. Answering is optional: with
 * no answer, the practice goes on by itself.
 */
function CheckIn({ id, state, now, send }: BehaviourProps) {
  const [said, setSaid] = useState<{ at: number; words: string } | null>(null);
  // The answer's buttons go once it is given: focus moves to what it did, so it is not lost.
  const saidRef = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => saidRef.current?.focus(), [said]);
  const plan = state.plan;
  if (!plan || state.phase !== 'running') return null;
  const elapsed = elapsedAt(state, now);
  const index = plan.steps.findIndex((s) => elapsed >= s.startMs && elapsed < s.endMs);
  // A check-in not yet answered asks; after an answer, what it did stays in view until the next one.
  if (plan.steps[index]?.kind !== 'check-in' || said?.at === index) {
    return (
      said && (
        <p class="pp-hint" ref={saidRef} tabIndex={-1}>
          {said.words}
        </p>
      )
    );
  }
  const answer = (much: boolean) => {
    const e = much ? tooMuch(plan, elapsed, Date.now()) : null;
    if (e) send(e);
    setSaid({ at: index, words: !e ? (much ? SAID.none : SAID.right) : e.type === 'skip' ? SAID.closing : SAID.shorter });
  };
  return (
    <div class="pp-answers" role="group" aria-labelledby={`${id}-visit`}>
      <p class="pp-legend" id={`${id}-visit`}>
        How was that visit?
      </p>
      <button type="button" class="lb-button" onClick={() => answer(true)}>
        Too much
      </button>
      <button type="button" class="lb-button" onClick={() => answer(false)}>
        About right
      </button>
    </div>
  );
}

/**
 * "Back to ease", in the bar within thumb reach: during a visit, it ends the visit at once. Outside a
 * visit it says it cannot be used (aria-disabled, so a keyboard's focus stays on it after the press).
 */
function BackToEase({ state, now, send }: BehaviourProps) {
  const visiting = state.phase === 'running' && !!state.plan && inVisit(state.plan, elapsedAt(state, now));
  return (
    <button
      type="button"
      class="lb-button pp-bar-button pp-ease"
      aria-disabled={visiting ? undefined : 'true'}
      onClick={() => {
        const toMs = state.phase === 'running' && state.plan && backToEase(state.plan, elapsedAt(state, Date.now()));
        if (toMs) send({ type: 'skip', now: Date.now(), toMs });
      }}
    >
      Back to ease
    </button>
  );
}

/** The view's part: the check-in's answers while a session runs; nothing at the end. */
function View(p: BehaviourProps) {
  return p.part === 'session' ? <CheckIn {...p} /> : null;
}

/** Pendulation's behaviour module, as the player fetches it. */
export const behaviour: Behaviour = { View, Bar: BackToEase, prepare };
