import { DISCOMFORT_PLACES, EASE_PLACES, MAX_WORDS, OWN, type PlaceChoice } from './places';

/** What the reader chooses before starting. */
export interface Settings {
  ease: PlaceChoice;
  discomfort: PlaceChoice;
  /** Visits to discomfort, 1 to 8. */
  rounds: number;
  easeSeconds: number;
  discomfortSeconds: number;
  /** A soft tone on each phase change. */
  sound: boolean;
}

/** Allowed values for the number settings; any other value is ignored. */
export const CHOICES = {
  rounds: [1, 2, 3, 4, 5, 6, 7, 8],
  easeSeconds: [15, 20, 30, 45, 60, 90],
  discomfortSeconds: [5, 10, 15, 20, 30],
} as const;

/** The number settings' names. */
export type NumberSetting = keyof typeof CHOICES;

/** The defaults: hands and lower back, 3 rounds of 30 s ease and 15 s discomfort, no sound. */
export const DEFAULT_SETTINGS: Settings = {
  ease: { id: 'hands', words: '' },
  discomfort: { id: 'lower-back', words: '' },
  rounds: 3,
  easeSeconds: 30,
  discomfortSeconds: 15,
  sound: false,
};

/** Changes the reader can make before starting. */
export type SettingEvent =
  | { type: 'choose'; which: 'ease' | 'discomfort'; id: string }
  | { type: 'words'; which: 'ease' | 'discomfort'; words: string }
  | { type: 'setting'; key: NumberSetting; value: number }
  | { type: 'sound'; on: boolean };

const SETTING_TYPES: readonly string[] = ['choose', 'words', 'setting', 'sound'];

/** True for the events that change settings. */
export function isSettingEvent(e: { type: string }): e is SettingEvent {
  return SETTING_TYPES.includes(e.type);
}

/** Applies one setup change; values that are not allowed return the same settings object. */
export function applySetting(s: Settings, e: SettingEvent): Settings {
  if (e.type === 'choose') {
    const places = e.which === 'ease' ? EASE_PLACES : DISCOMFORT_PLACES;
    if (e.id !== OWN && !places.some((p) => p.id === e.id)) return s;
    return { ...s, [e.which]: { ...s[e.which], id: e.id } };
  }
  if (e.type === 'words') return { ...s, [e.which]: { id: OWN, words: e.words.slice(0, MAX_WORDS) } };
  if (e.type === 'setting') return (CHOICES[e.key] as readonly number[]).includes(e.value) ? { ...s, [e.key]: e.value } : s;
  return { ...s, sound: e.on };
}
