import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { unlockSound } from '../../lib/sound';
import { useNow } from '../../lib/use-now';
import { saying, type Script } from './plan';
import { IDLE, momentAt, reduce, type PlayerEvent } from './practice-player';
import { minutesFor } from './settings';
import { StartCard } from './StartCard';
import { useFocusView } from './use-focus-view';
import { useKeptSession } from './use-kept-session';
import { usePlayerSettings } from './use-player-settings';
import { useSessionEffects } from './use-session-effects';
import { useSessionParts } from './use-session-parts';
import { useVoice } from './use-voice';
import './PracticePlayer.css';

/** Props, passed by PracticePlayer.astro. */
export interface PracticePlayerProps {
  /** The practice's slug: its script's file name and its guide's address. */
  slug: string;
  /** The checked script (content/practices/<slug>.yaml). */
  script: Script;
  /** Words on the start button. Default "Start a practice". */
  startLabel?: string | undefined;
  /** A set length in minutes (the home page's 5-minute practice); otherwise the reader chooses. */
  fixedMinutes?: number | undefined;
  /** Name the practice on the card (off its own guide, where the title does not say it). Default false. */
  named?: boolean | undefined;
  /**
   * Shown instead of the controls when JavaScript is off: where to find the written script.
   * PracticePlayer.astro renders it on the server only.
   */
  children?: ComponentChildren;
}

/**
 * One player for every practice script: a start card on the page, and a focused, full-screen view
 * (a modal <dialog> that the browser's back button closes) while a session runs. Renders state and
 * turns taps and ticks into events; the logic lives in practice-player.ts and plan.ts.
 */
export default function PracticePlayer({ slug, script, startLabel = 'Start a practice', fixedMinutes, named = false, children }: PracticePlayerProps) {
  const id = useId();
  const { settings, update, ready, keptAside } = usePlayerSettings();
  const [state, dispatch] = useReducer(reduce, IDLE);
  const [confirmReset, setConfirmReset] = useState(false);
  // The interval only asks for a render; what is shown is worked out from the clock itself.
  const tick = useNow(state.phase === 'running');
  const now = state.phase === 'running' ? Date.now() : tick;
  const voice = useVoice(settings.voice, ready, settings.voiceUri);
  // Speech stops or starts inside the tap itself (iOS speaks only there); the session effects follow.
  const pause = () => {
    voice.speaker?.cancel();
    dispatch({ type: 'pause', now: Date.now() });
  };
  const view = useFocusView(state.phase, pause, () => dispatch({ type: 'reset' }));
  const startRef = useRef<HTMLButtonElement>(null);
  // The session's parts, fetched as the reader reaches for Start: the lay-out in time, the focused view,
  // and the practice's own behaviour (breath: returns, bells, pacer; pendulation: places, Back to ease, the dose).
  const session = useSessionParts(script);

  // The practice's own events (behaviour.ts). A skip (Back to ease, the close after "too much") cuts
  // the voice off within the tap; the words of the step it lands on are said from their start.
  const send = (e: PlayerEvent) => {
    if (e.type === 'skip') voice.speaker?.cancel();
    dispatch(e);
  };

  useEffect(() => dispatch({ type: 'tick', now: Date.now() }), [tick]);
  useSessionEffects(state, now, settings.tones, voice.speaker);
  useKeptSession(slug, script, session.load, state, dispatch, ready);

  const minutes = fixedMinutes ?? minutesFor(settings, slug, script);
  const start = (length?: number) => {
    // Both inside the tap: browsers let sound, and iOS lets speech, play only after one.
    unlockSound();
    voice.speaker?.prime();
    setConfirmReset(false);
    // `length`: another of the script's lengths, from its end offers (end-offers.ts); otherwise (none,
    // or the Start button's click event, which is not a number) the card's.
    const chosen = +length! || minutes;
    void session.load().then(
      ({ buildPlan, behaviour }) => {
        // The script as this session says it: with the reader's words filled in, where the behaviour has any.
        dispatch({ type: 'start', now: Date.now(), plan: buildPlan(behaviour?.prepare?.(script) ?? script, chosen, settings.pace, settings.settleSeconds * 1000) });
        view.open();
      },
      () => undefined,
    );
  };
  const resume = () => {
    unlockSound();
    voice.speaker?.prime();
    dispatch({ type: 'resume', now: Date.now() });
    view.open();
  };
  const stop = () => {
    voice.speaker?.cancel();
    if (state.plan) voice.speaker?.say(saying(script.grounding, state.plan.pace));
    dispatch({ type: 'stop', now: Date.now() });
    view.open();
  };
  // After a reset the Start button comes back in place of the paused card's buttons: focus goes to it.
  const [resets, setResets] = useState(0);
  useLayoutEffect(() => {
    if (resets) startRef.current?.focus();
  }, [resets]);
  const reset = () => {
    setConfirmReset(false);
    dispatch({ type: 'reset' });
    setResets((n) => n + 1);
  };

  return (
    <section class="pp" aria-labelledby={`${id}-title`} data-pagefind-ignore>
      <h2 class="pp-title visually-hidden" id={`${id}-title`}>
        Guided practice: {script.title}
      </h2>
      <StartCard
        id={id}
        slug={slug}
        script={script}
        state={state}
        ready={ready}
        loadFailed={session.failed}
        onPrepare={() => void session.load(false).catch(() => undefined)}
        minutes={minutes}
        fixed={fixedMinutes !== undefined}
        named={named}
        startLabel={startLabel}
        settings={settings}
        keptAside={keptAside}
        update={update}
        voice={voice}
        confirmReset={confirmReset}
        startRef={startRef}
        onStart={start}
        onResume={resume}
        onStop={stop}
        onAskReset={() => setConfirmReset(true)}
        onKeep={() => setConfirmReset(false)}
        onReset={reset}
      />
      <div class="pp-nojs">{children}</div>
      {session.parts && (
        <session.parts.FocusView
          id={id}
          slug={slug}
          script={script}
          state={state}
          now={now}
          moment={momentAt(state, now)}
          voice={voice.status}
          dialogRef={view.ref}
          onCancel={view.leave}
          onClosed={view.closedByBrowser}
          onPause={pause}
          onResume={resume}
          onBeginNow={() => send({ type: 'skip', now: Date.now(), toMs: state.plan?.settleMs ?? 0 })}
          onStop={stop}
          onSteady={() => dispatch({ type: 'steady' })}
          onClose={view.leave}
          behaviour={session.parts.behaviour}
          send={send}
          onAgain={start}
        />
      )}
    </section>
  );
}
