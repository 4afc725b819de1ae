import type { ComponentChildren } from 'preact';
import { useEffect, useId, useReducer, useRef, useState } from 'preact/hooks';
import { journalHref } from '../../lib/links';
import { unlockSound } from '../../lib/sound';
import { useLazy } from '../../lib/use-lazy';
import { useNow } from '../../lib/use-now';
import { bellShowing, clockMs, initialState, nextDueAt, progress, reduce } from './breath-timer';
import { Dial } from './Dial';
import { Extras } from './Extras';
import { LengthPicker } from './LengthPicker';
import { DEFAULT_SETTINGS, parseMinutes } from './settings';
import { Summary } from './Summary';
import { useAlarm } from './use-alarm';
import { usePracticeEffects } from './use-practice-effects';
import { useKeptSession } from './use-kept-session';
import { useSettings } from './use-settings';
import './BreathTimer.css';

/** Props, passed by BreathTimer.astro. */
export interface BreathTimerProps {
  /** The interoceptive journaling guide. */
  guideHref: string;
  /** Practice slug handed to the journal. Default "breath-anchoring". */
  practice?: string;
  /**
   * What shows until the timer is ready, and for good without JavaScript: BreathTimer.astro passes
   * Fallback, rendered on the server only, so its words are in the HTML but not in the script.
   */
  children?: ComponentChildren;
}

// Space owns these already (press, check, toggle, type), so the widget leaves Space to them.
const OWNS_SPACE = 'input, select, textarea, button, summary, a, [contenteditable], [role="radio"], [role="button"]';

/**
 * The breath-anchor timer. Renders state and turns clicks, keys and ticks into events; the logic
 * lives in breath-timer.ts. Keyboard: Tab reaches every control; Space or Enter on the main button
 * starts, pauses and resumes (APG button pattern, https://www.w3.org/WAI/ARIA/apg/patterns/button/);
 * Space anywhere else in the widget that is not a control (after a click on its background, say)
 * does the same, while buttons, radios, fields and the disclosure keep their own Space.
 */
export default function BreathTimer({ guideHref, practice = 'breath-anchoring', children }: BreathTimerProps) {
  const id = useId();
  // Not ready in the server-rendered HTML, nor until the island has run and read the saved settings.
  const { settings, update, keptAside, ready } = useSettings();
  const [state, dispatch] = useReducer(reduce, DEFAULT_SETTINGS.minutes, initialState);
  const [draft, setDraft] = useState<string | null>(null);
  const [showError, setShowError] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLButtonElement>(null);

  const { phase } = state;
  const busy = phase === 'running' || phase === 'paused';
  // The pacer is an extra, off by default. Its code comes with the extras panel (extras-chunk.ts), so it is
  // already here when the reader turned it on there; with a saved setting it loads as a session starts.
  const Pacer = useLazy(settings.pacer && busy, () => import('./extras-chunk').then((m) => m.Pacer));
  const bellEveryMs = settings.bells ? settings.bellEvery * 60_000 : null;
  const tickNow = useNow(phase === 'running');
  useEffect(() => dispatch({ type: 'tick', now: tickNow, bellEveryMs }), [tickNow]);
  useAlarm(nextDueAt(state, bellEveryMs), (now) => dispatch({ type: 'tick', now, bellEveryMs }));
  usePracticeEffects(state, settings);
  useKeptSession(state, dispatch, ready);

  // When time is up the belly button goes; if focus went with it, bring it to the summary.
  useEffect(() => {
    const active = document.activeElement;
    if (phase === 'ended' && (!active || active === document.body)) summaryRef.current?.focus();
  }, [phase]);

  const draftInvalid = draft !== null && parseMinutes(draft) === null;
  const start = () => {
    if (draftInvalid) {
      setShowError(true);
      fieldRef.current?.focus();
      return;
    }
    if (settings.chime || settings.bells) unlockSound();
    dispatch({ type: 'start', now: Date.now(), minutes: settings.minutes });
  };
  const toggle = () => {
    if (phase === 'running') dispatch({ type: 'pause', now: Date.now() });
    else if (phase === 'paused') dispatch({ type: 'resume', now: Date.now() });
    else start();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== ' ' || e.repeat || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target instanceof Element && e.target.closest(OWNS_SPACE)) return;
    e.preventDefault();
    toggle();
  };

  const now = Date.now();
  const sessionMinutes = phase === 'idle' ? settings.minutes : state.countdown.durationMs / 60_000;
  const label = { idle: 'Start', running: 'Pause', paused: 'Resume', ended: 'Start again' }[phase];

  return (
    <section class="bt" aria-labelledby={`${id}-title`} tabIndex={ready ? -1 : undefined} onKeyDown={onKeyDown}>
      <h2 class="bt-title" id={`${id}-title`}>
        Breath-anchor timer
      </h2>
      {!ready ? (
        children
      ) : (
        <>
          <p class="bt-intro">
            Choose a length and press Start. Each time you notice your mind has wandered, press “Back to my belly”. You can stop at any
            time.
          </p>
          {keptAside && (
            <p class="bt-note">Your saved timer settings could not be read, so the usual ones are in use. The old data is kept in this browser.</p>
          )}
          <LengthPicker
            id={id}
            minutes={settings.minutes}
            draft={draft}
            draftInvalid={draftInvalid}
            showError={showError}
            disabled={busy}
            fieldRef={fieldRef}
            onPreset={(minutes) => {
              setDraft(null);
              update({ minutes });
            }}
            onType={(text) => {
              setDraft(text);
              const minutes = parseMinutes(text);
              if (minutes !== null) {
                setShowError(false);
                update({ minutes });
              }
            }}
            onLeave={() => setShowError(true)}
          />
          <Dial phase={phase} ms={clockMs(state, now, settings.minutes)} done={progress(state, now)} minutes={sessionMinutes} bell={bellShowing(state, now)} />
          {settings.pacer && busy && Pacer && (
            <Pacer elapsedMs={progress(state, now) * state.countdown.durationMs} perMinute={settings.pace} />
          )}
          {busy && (
            <div class="bt-return">
              <button type="button" class="lb-button lb-button--primary bt-belly" disabled={phase === 'paused'} onClick={() => dispatch({ type: 'return', now: Date.now() })}>
                Back to my belly
              </button>
              <p class="bt-count">Times you came back: {state.returns}</p>
            </div>
          )}
          <div class="bt-controls">
            <button type="button" class="lb-button lb-button--primary bt-main" ref={mainRef} onClick={toggle} aria-keyshortcuts="Space">
              {label}
            </button>
            {phase !== 'idle' && (
              <button
                type="button"
                class="lb-button"
                onClick={() => {
                  dispatch({ type: 'reset' });
                  mainRef.current?.focus();
                }}
              >
                Reset
              </button>
            )}
          </div>
          <p class="bt-hint">Keyboard: Space starts and pauses, unless you are on another button or a field.</p>
          {phase === 'ended' && <Summary id={id} returns={state.returns} journalHref={journalHref(practice, sessionMinutes)} guideHref={guideHref} boxRef={summaryRef} />}
          <Extras id={id} settings={settings} update={update} />
          <p class="visually-hidden" aria-live="polite">
            {state.announcement}
          </p>
        </>
      )}
    </section>
  );
}
