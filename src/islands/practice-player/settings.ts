/**
 * The reader's choices for practice sessions, kept in localStorage: the length per practice, the
 * settle-in, the pace, the voice and the sounds. Anything that does not check out is refused (null).
 */
import { PACES, type Pace, type Tone } from './plan';

/** localStorage key for the settings. */
export const SETTINGS_KEY = 'lb-practice-settings';

/** Settle-in choices, in seconds: time to lie down before the first cue. */
export const SETTLE_SECONDS = [0, 30, 60, 120] as const;

/** Saved settings, version 1. */
export interface PlayerSettings {
  /** Format version; anything else is set aside. */
  readonly version: 1;
  /** Minutes last chosen, per practice slug. Default: none (each script's defaultMinutes). */
  readonly minutes: Readonly<Record<string, number>>;
  /** Seconds to settle in before the first cue, one of SETTLE_SECONDS. Default 0. */
  readonly settleSeconds: number;
  /** Speaking pace. Default "usual". */
  readonly pace: Pace;
  /** Speak the guidance, with a voice on this device. Default on. */
  readonly voice: boolean;
  /** The chosen local voice (its voiceURI), or null for the first suitable one. Default null. */
  readonly voiceUri: string | null;
  /** Which soft tones play. Default: all. */
  readonly tones: Readonly<Record<Tone, boolean>>;
}

/** Settings before the reader changes anything. */
export const DEFAULT_SETTINGS: PlayerSettings = {
  version: 1,
  minutes: {},
  settleSeconds: 0,
  pace: 'usual',
  voice: true,
  voiceUri: null,
  tones: { start: true, cue: true, 'check-in': true, end: true },
};

const TONES = Object.keys(DEFAULT_SETTINGS.tones) as Tone[];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Checks stored data; returns the settings, or null for anything corrupt, partial or of another version. */
export function parseSettings(raw: unknown): PlayerSettings | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const minutes = r['minutes'];
  const tones = r['tones'] as Record<string, unknown> | null | undefined;
  if (r['version'] !== 1 || typeof minutes !== 'object' || minutes === null || Array.isArray(minutes)) return null;
  const lengths = Object.entries(minutes as Record<string, unknown>);
  if (!lengths.every(([slug, n]) => SLUG.test(slug) && typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 60)) return null;
  if (!(SETTLE_SECONDS as readonly unknown[]).includes(r['settleSeconds']) || !PACES.includes(r['pace'] as Pace)) return null;
  if (typeof r['voice'] !== 'boolean' || (r['voiceUri'] !== null && typeof r['voiceUri'] !== 'string')) return null;
  if (typeof tones !== 'object' || tones === null || !TONES.every((t) => typeof tones[t] === 'boolean')) return null;
  return {
    version: 1,
    minutes: Object.fromEntries(lengths) as Record<string, number>,
    settleSeconds: r['settleSeconds'] as number,
    pace: r['pace'] as Pace,
    voice: r['voice'],
    voiceUri: r['voiceUri'] as string | null,
    tones: Object.fromEntries(TONES.map((t) => [t, tones[t]])) as Record<Tone, boolean>,
  };
}

/** The length to offer for a practice: the reader's last choice if the script still offers it, else its default. */
export function minutesFor(settings: PlayerSettings, slug: string, script: { lengths: readonly number[]; defaultMinutes: number }): number {
  const chosen = settings.minutes[slug];
  return chosen !== undefined && script.lengths.includes(chosen) ? chosen : script.defaultMinutes;
}
