import type { Ref } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatClock } from '../../lib/countdown';
import { JOURNALING, journalHref, RED_FLAGS } from '../../lib/links';
import { useLazy } from '../../lib/use-lazy';
import type { Behaviour } from './behaviour';
import { GroundingView } from './GroundingView';
import type { Script } from './plan';
import { announcement, minutesPractised } from './focus-words';
import type { Moment, PlayerEvent, PlayerState } from './practice-player';
import type { VoiceStatus } from './use-voice';

/** Props for the full-screen view. */
export interface FocusViewProps {
  /** Prefix for element ids (from useId). */
  id: string;
  slug: string;
  script: Script;
  state: PlayerState;
  now: number;
  moment: Moment | null;
  voice: VoiceStatus;
  dialogRef: Ref<HTMLDialogElement>;
  /** Escape, or Close at the end: leave the view as the back button would. */
  onCancel(): void;
  /** The browser closed the dialog by itself. */
  onClosed(): void;
  onPause(): void;
  onResume(): void;
  onBeginNow(): void;
  onStop(): void;
  onSteady(): void;
  onClose(): void;
  /** The practice's own behaviour (behaviour.ts), once fetched; null for none. */
  behaviour: Behaviour | null;
  /** Sends the behaviour's events to the player. */
  send(e: PlayerEvent): void;
  /** Starts the script again at another of its lengths (one of its end offers). */
  onAgain(minutes: number): void;
}

/**
 * The focused view: a full-screen modal dialog. While a session runs, the current words fill the
 * middle and Pause and "Stop and ground" sit pinned at the bottom, within thumb reach, at every
 * moment; red flags are one tap away at the top. After "Stop and ground" it shows the grounding
 * words; at the end, a kind close and the journal. A polite live region says each new step once.
 * Fetched with the session's other parts as Start is pressed (use-session-parts.ts).
 */
export function FocusView(p: FocusViewProps) {
  const { state, moment } = p;
  const Behaviour = p.behaviour?.View;
  const Bar = p.behaviour?.Bar;
  const session = state.phase === 'running' || state.phase === 'paused';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const later = useLazy(state.phase !== 'idle', () => import('./later'));
  // Focus follows the session at once (a layout effect, not a frame later): on Pause when a session
  // starts or resumes; on the heading of grounding or the end, which replace the buttons that had it.
  const barRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (state.phase === 'grounding' || state.phase === 'ended') headingRef.current?.focus();
    else if (state.phase === 'running') barRef.current?.focus();
  }, [state.phase === 'running' ? state.run : state.phase]);

  const step = moment?.step;
  const paused = state.phase === 'paused';
  return (
    <dialog
      class="pp-focus"
      ref={p.dialogRef}
      aria-labelledby={`${p.id}-focus-title`}
      onCancel={(e) => {
        e.preventDefault();
        p.onCancel();
      }}
      onClose={p.onClosed}
    >
      <div class="pp-focus-inner">
        <div class="pp-focus-top">
          <p class="pp-focus-title" id={`${p.id}-focus-title`}>
            {p.script.title}
          </p>
          <a class="pp-focus-flags" href={RED_FLAGS}>
            Red flags
          </a>
        </div>
        <div class="pp-focus-main">
          {session && moment && (
            <>
              <p class="pp-clock" role="timer" aria-live="off">
                {moment.settling ? `Starts in ${formatClock(moment.leftMs)}` : `${formatClock(moment.leftMs)} left`}
                {paused && <strong class="pp-paused"> · Paused</strong>}
              </p>
              {moment.settling ? (
                <>
                  <p class="pp-words">Settle in. Get comfortable, lying down or sitting. The first words begin soon.</p>
                  <button type="button" class="lb-button" onClick={p.onBeginNow} disabled={paused}>
                    Begin now
                  </button>
                </>
              ) : (
                <>
                  {step?.kind === 'check-in' && <p class="pp-kind">Check-in</p>}
                  {/* Keyed by step, so each new step's words fade in (when motion is welcome). */}
                  <p key={moment.index} class={`pp-words${step?.kind === 'silence' ? ' pp-words--quiet' : ''}`}>
                    {step?.text}
                  </p>
                </>
              )}
              {Behaviour && <Behaviour id={p.id} part="session" state={state} now={p.now} send={p.send} />}
              {p.voice === 'none' && <p class="pp-hint">No voice on this device works offline, so the words show here, with soft sounds.</p>}
            </>
          )}
          {state.phase === 'grounding' && (
            <GroundingView id={p.id} text={p.script.grounding} headingRef={headingRef} onSteady={p.onSteady}>
              {later && <later.GroundingMore />}
            </GroundingView>
          )}
          {state.phase === 'ended' && !later && (
            <button type="button" class="lb-button" onClick={p.onClose}>
              Close
            </button>
          )}
          {state.phase === 'ended' && later && (
            <later.EndView
              id={p.id}
              minutes={minutesPractised(state)}
              early={state.stoppedEarly}
              journalHref={journalHref(p.slug, minutesPractised(state), state.stoppedEarly)}
              guideHref={JOURNALING}
              headingRef={headingRef}
              onClose={p.onClose}
              onAgain={p.onAgain}
              offers={p.script.offers}
            >
              {Behaviour && <Behaviour id={p.id} part="end" state={state} now={p.now} send={p.send} />}
            </later.EndView>
          )}
        </div>
        {session && (
          <div class="pp-focus-bar">
            {Bar && <Bar id={p.id} part="session" state={state} now={p.now} send={p.send} />}
            <button
              type="button"
              class="lb-button lb-button--primary pp-bar-button"
              ref={barRef}
              onClick={paused ? p.onResume : p.onPause}
            >
              {paused ? 'Resume' : 'Pause'}
            </button>
            <button type="button" class="lb-button pp-bar-button pp-stop" onClick={p.onStop}>
              Stop and ground
            </button>
          </div>
        )}
        <p class="visually-hidden" aria-live="polite">
          {announcement(state, moment, p.script.grounding)}
        </p>
      </div>
    </dialog>
  );
}
