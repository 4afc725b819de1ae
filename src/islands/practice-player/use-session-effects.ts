import { useEffect, useRef } from 'preact/hooks';
import { scheduleCues, type Cue } from '../../lib/sound';
import { createScreenKeeper, type ScreenKeeper } from '../../lib/wake-lock';
import { inWords, LEAD_IN_MS, saying, tonesFrom, type Tone, type ToneSound } from './plan';
import { momentAt, sessionElapsed, type PlayerState } from './practice-player';
import type { Speaker } from './voice';

/** The sound for each kind of moment (src/lib/sound.ts). */
const TONE_CUES: Record<ToneSound, Cue> = { start: 'begin', cue: 'note', 'check-in': 'ask', end: 'chime', toward: 'toward', back: 'back' };

/** A step that began this long ago or less still gets its tone when the tones are laid again. */
const JUST_BEGUN_MS = 250;

/** Tones stay quiet: a soft sound under the voice, never over it. */
const TONE_VOLUME = 0.4;

/**
 * A session's effects on the world: the voice says each cue as it begins (and again from its start
 * after a resume; the grounding words are said by the Stop tap itself), the tones are laid on the audio clock ahead of time, and the screen stays awake.
 * A pause, a stop or a reset silences what is still to come; the natural end lets the last chime ring.
 */
export function useSessionEffects(
  state: PlayerState,
  now: number,
  tones: Readonly<Record<Tone, boolean>>,
  speaker: Speaker | null,
): void {
  const phase = useRef(state.phase);
  phase.current = state.phase;
  const running = state.phase === 'running';

  // The voice: one key per cue and per start or resume, so a resumed cue is said again.
  const m = momentAt(state, now);
  const say = running && m?.step && inWords(m.step, m.elapsedMs) ? `${state.run}:${m.index}` : null;
  useEffect(() => {
    if (!say || !speaker || !m?.step || !state.plan) return undefined;
    const { text } = m.step;
    const { pace } = state.plan;
    const id = window.setTimeout(() => speaker.say(saying(text, pace)), Math.max(0, m.step.startMs + LEAD_IN_MS - m.elapsedMs));
    return () => window.clearTimeout(id);
  }, [say, speaker]);
  // The taps that pause or stop silence the voice themselves; this covers any other way there.
  useEffect(() => {
    if (state.phase === 'paused' || state.phase === 'idle') speaker?.cancel();
  }, [state.phase, speaker]);

  // The tones, scheduled from where the session is now; again after a resume or a skip ("Begin now",
  // Back to ease). The tone of a step that began a moment ago still rings: this effect runs a frame
  // or so after a skip lands on its start.
  useEffect(() => {
    if (!running || !state.plan) return undefined;
    const elapsed = sessionElapsed(state, Date.now());
    const due = tonesFrom(state.plan, elapsed - JUST_BEGUN_MS, tones);
    const cancel = scheduleCues(due.map((t) => ({ cue: TONE_CUES[t.tone], inSeconds: (t.atMs - elapsed) / 1000 })), TONE_VOLUME);
    return () => {
      if (phase.current !== 'ended') cancel();
    };
  }, [running, state.run, state.countdown?.endsAt]);

  const keeper = useRef<ScreenKeeper | null>(null);
  useEffect(() => {
    keeper.current = createScreenKeeper();
    return () => keeper.current?.dispose();
  }, []);
  useEffect(() => keeper.current?.keepAwake(running || state.phase === 'grounding'), [running, state.phase]);
}
