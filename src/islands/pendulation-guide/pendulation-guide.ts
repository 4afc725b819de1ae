import {
  isFinished,
  isPaused,
  pauseCountdown,
  remainingMs,
  resumeCountdown,
  startCountdown,
  idleCountdown,
  type Countdown,
} from '../../lib/countdown';
import { DEFAULT_SETTINGS, applySetting, isSettingEvent, type SettingEvent, type Settings } from './settings';

/**
 * Pendulation as a pure reducer: ease first, a short visit to discomfort, a check-in, back to ease,
 * for the set rounds; then closing and done. "Stop" leads to grounding. Time is passed in (`now`).
 */
export type Phase = 'setup' | 'ease' | 'discomfort' | 'check-in' | 'closing' | 'grounding' | 'done';

/** The reader's answer after a visit. */
export type Answer = 'too-much' | 'about-right' | 'easier';

/** Length of the check-in after each visit, and of the closing step. */
export const CHECK_IN_MS = 10_000;
export const CLOSING_MS = 45_000;
/** "Too much" never shortens a visit below this. */
export const MIN_DOSE_SECONDS = 5;

/** The whole state of the guide. */
export interface State {
  phase: Phase;
  settings: Settings;
  /** Visits to discomfort begun so far. */
  visits: number;
  /** Length of the current or next visit, in seconds (shortened by "too much"). */
  doseSeconds: number;
  /** "Too much" answers in a row. */
  tooMuchInARow: number;
  /** Ease and discomfort phases begun so far; picks the rotating sensation prompt. */
  step: number;
  /** True once closing has begun: ease then leads only to closing. */
  ending: boolean;
  countdown: Countdown | null;
  startedAt: number | null;
  endedAt: number | null;
}

/** Everything that can happen. */
export type Event =
  | SettingEvent
  | { type: 'start' | 'tick' | 'pause' | 'resume' | 'back-to-ease' | 'stop' | 'finish'; now: number }
  | { type: 'answer'; answer: Answer; now: number }
  | { type: 'restart' };

/** The state before starting, with the given settings. */
export function initialState(settings: Settings = DEFAULT_SETTINGS): State {
  return {
    phase: 'setup',
    settings,
    visits: 0,
    doseSeconds: settings.discomfortSeconds,
    tooMuchInARow: 0,
    step: 0,
    ending: false,
    countdown: null,
    startedAt: null,
    endedAt: null,
  };
}

const TIMED: readonly Phase[] = ['ease', 'discomfort', 'check-in', 'closing'];

/** True while a session runs (paused or not). */
export function inSession(s: State): boolean {
  return TIMED.includes(s.phase);
}

/** True while the session is paused. */
export function isPausedState(s: State): boolean {
  return s.countdown !== null && isPaused(s.countdown);
}

/** Milliseconds left in the current phase at `now` (0 outside timed phases). */
export function phaseRemainingMs(s: State, now: number): number {
  return s.countdown ? remainingMs(s.countdown, now) : 0;
}

/** Whole minutes the session lasted (at least 1), once it has ended. */
export function minutesOf(s: State): number | null {
  if (s.startedAt === null || s.endedAt === null) return null;
  return Math.max(1, Math.round((s.endedAt - s.startedAt) / 60_000));
}

function timer(ms: number, at: number): Countdown {
  return startCountdown(idleCountdown(ms), at);
}

/** Moves into `phase` at time `at`, starting its countdown. */
function enter(s: State, phase: Phase, at: number): State {
  switch (phase) {
    case 'ease':
      return { ...s, phase, step: s.step + 1, countdown: timer(s.settings.easeSeconds * 1000, at) };
    case 'discomfort':
      return { ...s, phase, step: s.step + 1, visits: s.visits + 1, countdown: timer(s.doseSeconds * 1000, at) };
    case 'check-in':
      return { ...s, phase, countdown: timer(CHECK_IN_MS, at) };
    case 'closing':
      return { ...s, phase, ending: true, countdown: timer(CLOSING_MS, at) };
    default:
      return { ...s, phase, countdown: null, endedAt: s.endedAt ?? at };
  }
}

/** The phase that follows when the current one's time is up. */
function next(s: State): Phase {
  if (s.phase === 'ease') return s.ending || s.visits >= s.settings.rounds ? 'closing' : 'discomfort';
  if (s.phase === 'discomfort') return 'check-in';
  if (s.phase === 'check-in') return 'ease';
  return 'done';
}

function answer(s: State, a: Answer, now: number): State {
  if (a !== 'too-much') return enter({ ...s, tooMuchInARow: 0 }, 'ease', now);
  const tooMuchInARow = s.tooMuchInARow + 1;
  if (tooMuchInARow >= 2) return enter({ ...s, tooMuchInARow }, 'closing', now);
  const doseSeconds = Math.max(MIN_DOSE_SECONDS, Math.ceil(s.doseSeconds / 2));
  return enter({ ...s, tooMuchInARow, doseSeconds }, 'ease', now);
}

/** The reducer: returns the next state; events that make no sense in the current phase change nothing. */
export function reducer(s: State, e: Event): State {
  if (e.type === 'restart') return initialState(s.settings);
  if (s.phase === 'setup') {
    if (e.type === 'start') return enter({ ...initialState(s.settings), startedAt: e.now }, 'ease', e.now);
    if (!isSettingEvent(e)) return s;
    const settings = applySetting(s.settings, e);
    return settings === s.settings ? s : { ...s, settings, doseSeconds: settings.discomfortSeconds };
  }
  if (e.type === 'finish') return s.phase === 'grounding' ? enter(s, 'done', e.now) : s;
  const c = catchUp(s, 'now' in e ? e.now : 0);
  if (!inSession(c) || !c.countdown) return c;
  switch (e.type) {
    case 'pause':
      return { ...c, countdown: pauseCountdown(c.countdown, e.now) };
    case 'resume':
      return { ...c, countdown: resumeCountdown(c.countdown, e.now) };
    case 'back-to-ease':
      return enter(c, 'ease', e.now);
    case 'stop':
      return enter(c, 'grounding', e.now);
    case 'answer':
      return c.phase === 'check-in' ? answer(c, e.answer, e.now) : c;
    default:
      return c;
  }
}

/** Passes every phase boundary up to `now` (a tab in the background), each phase starting when the last ended. */
function catchUp(s: State, now: number): State {
  let out = s;
  while (out.countdown && isFinished(out.countdown, now)) out = enter(out, next(out), out.countdown.endsAt ?? now);
  return out;
}
