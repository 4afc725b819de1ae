/**
 * The reader's timer settings: what they are, their defaults, and how stored or typed values are
 * checked. Anything that does not check out is refused (null), never guessed at.
 */

/** localStorage key for the settings. */
export const SETTINGS_KEY = 'lb-breath-timer-settings';

/** Preset lengths in minutes, shown as radio buttons. */
export const PRESET_MINUTES = [1, 3, 5, 10, 15, 20] as const;

/** Choices for "a soft bell every N minutes". */
export const BELL_EVERY_MINUTES = [1, 2, 3, 5, 10] as const;

/** Breaths a minute the optional pacer offers. */
export const PACES = [4, 5, 6, 7, 8] as const;

/** Shortest and longest custom length, in minutes. */
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 60;

/** Saved settings, version 1. */
export interface Settings {
  /** Format version; anything else is kept aside. */
  readonly version: 1;
  /** Session length in whole minutes, 1 to 60. Default 5. */
  readonly minutes: number;
  /** Play a soft chime at the end. Default on. */
  readonly chime: boolean;
  /** Chime volume, 0 to 1. Default 0.6. */
  readonly chimeVolume: number;
  /** Ring soft bells during the session. Default off. */
  readonly bells: boolean;
  /** Minutes between bells, one of BELL_EVERY_MINUTES. Default 2. */
  readonly bellEvery: number;
  /** Bell volume, 0 to 1. Default 0.4. */
  readonly bellVolume: number;
  /** Vibrate at the end and at bells where the device can. Default on. */
  readonly vibrate: boolean;
  /** Show the breath pacer. Default off: the practice is to breathe normally. */
  readonly pacer: boolean;
  /** Pacer breaths a minute, one of PACES. Default 6. */
  readonly pace: number;
}

/** Settings before the reader changes anything. */
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  minutes: 5,
  chime: true,
  chimeVolume: 0.6,
  bells: false,
  bellEvery: 2,
  bellVolume: 0.4,
  vibrate: true,
  pacer: false,
  pace: 6,
};

/** True for a whole number of minutes from 1 to 60. */
export function isValidMinutes(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= MIN_MINUTES && n <= MAX_MINUTES;
}

/** Reads typed minutes ("7", " 12 "); null for anything else ("7.5", "0", "61", "abc", ""). */
export function parseMinutes(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,2}$/.test(t)) return null;
  const n = Number(t);
  return isValidMinutes(n) ? n : null;
}

/** Minutes from a `?minutes=N` query string, or null when missing or invalid. */
export function minutesFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('minutes');
  return raw === null ? null : parseMinutes(raw);
}

const isVolume = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isOneOf = (list: readonly number[], v: unknown): v is number => typeof v === 'number' && list.includes(v);

/** Checks stored data; returns the settings, or null for anything corrupt, partial or of another version. */
export function parseSettings(raw: unknown): Settings | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const flags = [r['chime'], r['bells'], r['vibrate'], r['pacer']];
  if (
    r['version'] !== 1 ||
    !isValidMinutes(r['minutes']) ||
    !flags.every((f) => typeof f === 'boolean') ||
    !isVolume(r['chimeVolume']) ||
    !isVolume(r['bellVolume']) ||
    !isOneOf(BELL_EVERY_MINUTES, r['bellEvery']) ||
    !isOneOf(PACES, r['pace'])
  ) {
    return null;
  }
  const { version, minutes, chime, chimeVolume, bells, bellEvery, bellVolume, vibrate, pacer, pace } = r as unknown as Settings;
  return { version, minutes, chime, chimeVolume, bells, bellEvery, bellVolume, vibrate, pacer, pace };
}
