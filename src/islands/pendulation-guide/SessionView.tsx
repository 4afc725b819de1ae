import type { Ref } from 'preact';
import { formatClock } from '../../lib/countdown';
import type { PendulationData } from '../../schemas/pendulation';
import { isPausedState, phaseRemainingMs, type Answer, type State } from './pendulation-guide';
import { PhaseIndicator } from './PhaseIndicator';
import { phaseWords } from './words';

const ANSWERS: { answer: Answer; label: string }[] = [
  { answer: 'too-much', label: 'Too much' },
  { answer: 'about-right', label: 'About right' },
  { answer: 'easier', label: 'Easier' },
];

interface Props {
  state: State;
  data: PendulationData;
  now: number;
  headingRef: Ref<HTMLHeadingElement>;
  onPauseToggle(): void;
  onBackToEase(): void;
  onStop(): void;
  onAnswer(a: Answer): void;
}

/** A running session: where the attention goes, time left, and the ways out (always visible). */
export function SessionView({ state, data, now, headingRef, onPauseToggle, onBackToEase, onStop, onAnswer }: Props) {
  const words = phaseWords(state, data);
  const paused = isPausedState(state);
  const left = Math.min(phaseRemainingMs(state, now), state.countdown?.durationMs ?? 0);
  return (
    <div class="pg-session">
      <h3 class="pg-phase-title" ref={headingRef} tabIndex={-1}>
        {words.title}
      </h3>
      <p class="pg-time">
        {formatClock(left)} left{paused ? ' (paused)' : ''}
      </p>
      <PhaseIndicator state={state} leftMs={left} />
      <p class="pg-text">{words.text}</p>
      {words.prompt && (
        <p class="pg-prompt">
          <strong>{words.prompt.name}.</strong> {words.prompt.text}
        </p>
      )}
      {state.phase === 'check-in' && (
        <div class="pg-answers" role="group" aria-label="How was that visit?">
          {ANSWERS.map(({ answer, label }) => (
            <button key={answer} type="button" class="lb-button" onClick={() => onAnswer(answer)}>
              {label}
            </button>
          ))}
        </div>
      )}
      <div class="pg-controls">
        <button type="button" class="lb-button lb-button--primary" onClick={onBackToEase}>
          Back to ease
        </button>
        <button type="button" class="lb-button" onClick={onStop}>
          Stop and ground
        </button>
        <button type="button" class="lb-button" onClick={onPauseToggle}>
          {paused ? 'Resume' : 'Pause'}
        </button>
      </div>
    </div>
  );
}
