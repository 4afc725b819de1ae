import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { elapsedWithin } from '../../../lib/countdown';
import { scheduleCues } from '../../../lib/sound';
import type { Behaviour, BehaviourProps } from '../behaviour';
import { bellShowing, bellTimes, cameBackText } from './breath-practice';
import { Pacer } from './Pacer';
import { readBreathChoices } from './use-breath-choices';

/** Bells stay as soft as the player's other tones. */
const BELL_VOLUME = 0.4;

/**
 * The breath practice's own part of the player, on the player's one clock: "Back to my belly" with
 * the count of returns; an eyes-closed mode, where the screen dims and a tap anywhere on it counts a
 * return (Pause and "Stop and ground" stay on top, within thumb reach); soft bells every few minutes,
 * laid on the audio clock ahead of time so they ring on time in a background tab, with "Soft bell"
 * shown for readers with the sound off; and the optional pacer. At the end, the returns in kind words.
 */
export function Breath({ id, part, state, now, send }: BehaviourProps) {
  const onReturn = () => send({ type: 'return', now: Date.now() });
  // The reader's choices as they were when this session started (More options saves them).
  const choices = useMemo(readBreathChoices, [state.plan]);
  const [dim, setDim] = useState(false);
  const running = state.phase === 'running';
  const plan = state.plan;
  const everyMs = choices.bellEvery * 60_000;
  // Session time gone by, as practice-player.ts's sessionElapsed (that module is not imported here, so
  // that it stays in the island's main chunk).
  const elapsedAt = (t: number) => (state.countdown ? elapsedWithin(state.countdown, t) : 0);

  useEffect(() => {
    if (!running || !plan || !choices.bells) return undefined;
    const elapsed = elapsedAt(Date.now());
    const due = bellTimes(plan, everyMs, elapsed).map((at) => ({ cue: 'bell' as const, inSeconds: (at - elapsed) / 1000 }));
    return scheduleCues(due, BELL_VOLUME);
  }, [running, state.run, state.countdown?.endsAt, choices]);

  const tapRef = useRef<HTMLButtonElement>(null);
  const dimRef = useRef<HTMLButtonElement>(null);
  const entered = useRef(false);
  useLayoutEffect(() => {
    if (dim) tapRef.current?.focus();
    else if (entered.current) dimRef.current?.focus();
    entered.current = dim;
  }, [dim]);

  if (part === 'end') return <p class="pp-words">{cameBackText(state.returns)}</p>;
  if (!plan) return null;
  const elapsed = elapsedAt(now);
  const paused = state.phase === 'paused';
  const count = `Times you came back: ${state.returns}`;
  return (
    <div class="pp-breath">
      {choices.bells && bellShowing(plan, everyMs, elapsed) && <p class="pp-bell">Soft bell</p>}
      {choices.pacer && <Pacer elapsedMs={Math.max(0, elapsed - plan.settleMs)} perMinute={choices.pace} />}
      <button type="button" class="lb-button lb-button--primary pp-belly" disabled={paused} onClick={onReturn}>
        Back to my belly
      </button>
      <p class="pp-count">{count}</p>
      <button type="button" class="lb-button" ref={dimRef} aria-describedby={`${id}-dim-hint`} onClick={() => setDim(true)}>
        Eyes closed: dim the screen
      </button>
      <p class="pp-hint" id={`${id}-dim-hint`}>
        Then a tap anywhere on the screen counts a return.
      </p>
      {dim && (
        <div class="pp-dim">
          <button type="button" class="pp-dim-tap" ref={tapRef} onClick={onReturn}>
            <span class="pp-dim-words">
              {paused ? 'Paused. ' : ''}Tap anywhere when you notice you have come back. {count}
            </span>
          </button>
          <button type="button" class="lb-button pp-dim-leave" onClick={() => setDim(false)}>
            Show the screen
          </button>
        </div>
      )}
    </div>
  );
}

/** The breath practice's behaviour module, as the player fetches it. */
export const behaviour: Behaviour = { View: Breath };
