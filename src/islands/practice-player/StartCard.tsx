import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { formatClock } from '../../lib/countdown';
import { useLazy } from '../../lib/use-lazy';
import { saying, type Script } from './plan';
import { momentAt, type PlayerState } from './practice-player';
import { SETTLE_SECONDS, type PlayerSettings } from './settings';
import type { VoiceHook } from './use-voice';

/** Props for the card on the page. */
export interface StartCardProps {
  /** Prefix for element ids (from useId). */
  id: string;
  slug: string;
  script: Script;
  state: PlayerState;
  /** False until the island has run and read the saved settings: the controls are disabled until then. */
  ready: boolean;
  minutes: number;
  /** True when the length is set by the page (no length choice). */
  fixed: boolean;
  /** Name the practice in the line under the button. */
  named: boolean;
  startLabel: string;
  settings: PlayerSettings;
  /** True when saved choices could not be read and were set aside (safe-storage): the usual ones are in use. */
  keptAside: boolean;
  update(patch: Partial<PlayerSettings>): void;
  voice: VoiceHook;
  confirmReset: boolean;
  startRef: Ref<HTMLButtonElement>;
  /** True when a session's parts could not be fetched (no signal): the card says so, and Start tries again. */
  loadFailed: boolean;
  /** Fetches a session's parts a moment early, as the reader reaches for Start. */
  onPrepare(): void;
  onStart(): void;
  onResume(): void;
  onStop(): void;
  onAskReset(): void;
  onKeep(): void;
  onReset(): void;
}

/** The words "Test the voice" says. */
const TEST_PHRASE = 'This is how the guidance will sound. You can stop at any time.';

/** How the session will sound, in a few words. */
function howWords(voice: VoiceHook['status']): string {
  if (voice === 'ready') return 'spoken aloud';
  if (voice === 'waiting') return 'looking for a voice';
  return 'words and soft sounds';
}

/**
 * The card on the page: one big Start button, the length and how it sounds in one line, and the
 * choices behind "More options" (a native <details>; its panel loads the first time it opens). With
 * a session paused here (after the back button, or a reload), it offers Resume, Stop and ground, and
 * Reset, which asks first.
 */
export function StartCard(p: StartCardProps) {
  const [opened, setOpened] = useState(false);
  const Options = useLazy(opened, () => import('./Options').then((m) => m.Options));
  const { state } = p;
  // The question before a reset comes with the session's later parts (later.ts), fetched as it starts.
  const later = useLazy(state.phase !== 'idle' || p.keptAside, () => import('./later'));

  if (state.phase === 'paused') {
    const left = momentAt(state, Date.now())?.leftMs ?? 0;
    return (
      <div class="pp-card" role="group" aria-labelledby={`${p.id}-paused`}>
        <p class="pp-status" id={`${p.id}-paused`}>
          {p.script.title} is paused, with {formatClock(left)} left.
        </p>
        {p.confirmReset && later ? (
          <later.ConfirmReset id={p.id} onReset={p.onReset} onKeep={p.onKeep} />
        ) : (
          <div class="pp-row">
            <button type="button" class="lb-button lb-button--primary" onClick={p.onResume}>
              Resume
            </button>
            <button type="button" class="lb-button" onClick={p.onStop}>
              Stop and ground
            </button>
            <button type="button" class="lb-button" onClick={p.onAskReset}>
              Reset
            </button>
          </div>
        )}
      </div>
    );
  }

  return (
    <div class="pp-card">
      <button
        type="button"
        class="lb-button lb-button--primary pp-start"
        ref={p.startRef}
        disabled={!p.ready}
        onPointerDown={p.onPrepare}
        onFocus={p.onPrepare}
        onClick={p.onStart}
      >
        {p.startLabel}
      </button>
      {p.loadFailed && (
        <p class="pp-note" role="alert">
          The practice could not load. Check your signal, then press the button again.
        </p>
      )}
      {/* One text node: its words change as the voice is found, without moving anything. */}
      <p class="pp-status">{`${p.named ? `${p.script.title}, ` : ''}${p.minutes} minutes, ${howWords(p.voice.status)}.`}</p>
      {p.keptAside && later && <later.SettingsKeptAside />}
      <details class="pp-more" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary class="pp-more-toggle">More options</summary>
        {Options && (
          <Options
            id={p.id}
            slug={p.slug}
            script={p.script}
            minutes={p.minutes}
            fixed={p.fixed}
            settings={p.settings}
            update={p.update}
            voice={p.voice}
            settleChoices={SETTLE_SECONDS}
            test={saying(TEST_PHRASE, p.settings.pace)}
          />
        )}
      </details>
    </div>
  );
}
