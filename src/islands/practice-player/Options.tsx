import { BreathOptions } from './breath/BreathOptions';
import { PlaceOptions } from './pendulation/PlaceOptions';
import type { Saying } from './voice';
import type { Script, Tone } from './plan';
import type { PlayerSettings } from './settings';
import type { VoiceHook } from './use-voice';

/** Props for the choices behind "More options". */
export interface OptionsProps {
  /** Prefix for element ids (from useId). */
  id: string;
  slug: string;
  script: Script;
  minutes: number;
  /** True when the page sets the length: no length choice then. */
  fixed: boolean;
  settings: PlayerSettings;
  update(patch: Partial<PlayerSettings>): void;
  voice: VoiceHook;
  /**
   * The settle-in choices (settings.ts's SETTLE_SECONDS) and the test phrase as the voice would say it
   * at the chosen pace, passed in: imported here, their modules would leave the island's main chunk.
   */
  settleChoices: readonly number[];
  test: Saying;
}

const SETTLE_WORDS: Record<number, string> = { 0: 'None', 30: '30 seconds', 60: '1 minute', 120: '2 minutes' };

const TONE_WORDS: Record<Tone, string> = {
  start: 'A soft sound as the practice begins',
  cue: 'A soft note as each new cue begins',
  'check-in': 'A rising note before each check-in',
  end: 'A gentle chime at the end',
};

/**
 * Length, settle-in, pace, voice and sounds. Radio groups and checkboxes in fieldsets: arrow keys
 * move within a radio group, Space ticks a box (native controls, as the APG patterns describe).
 * Loaded the first time "More options" opens, so it stays out of the first download.
 */
export function Options({ id, slug, script, minutes, fixed, settings, update, voice, settleChoices, test }: OptionsProps) {
  const radios = <T extends string | number>(name: string, legend: string, values: readonly T[], current: T, label: (v: T) => string, pick: (v: T) => void) => (
    <fieldset class="pp-group">
      <legend class="pp-legend">{legend}</legend>
      <div class="pp-choices">
        {values.map((v) => (
          <label class="pp-choice" key={v}>
            <input type="radio" name={`${id}-${name}`} value={String(v)} checked={v === current} onChange={() => pick(v)} />
            <span>{label(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <div class="pp-options">
      {!fixed &&
        radios('length', 'Length', script.lengths, minutes, (m) => `${m} min`, (m) => update({ minutes: { [slug]: m } }))}
      {radios('settle', 'Time to settle in first', settleChoices, settings.settleSeconds, (s) => SETTLE_WORDS[s] ?? `${s} seconds`, (s) =>
        update({ settleSeconds: s }),
      )}
      {radios('pace', 'Pace', ['usual', 'slower'] as const, settings.pace, (p) => (p === 'usual' ? 'Usual' : 'Slower, with longer pauses'), (p) =>
        update({ pace: p }),
      )}
      <fieldset class="pp-group">
        <legend class="pp-legend">Voice</legend>
        <label class="pp-choice">
          <input type="checkbox" checked={settings.voice} onChange={(e) => update({ voice: e.currentTarget.checked })} />
          <span>Speak the guidance aloud</span>
        </label>
        <p class="pp-hint">Only a voice that works on this device is used, so the words never leave it.</p>
        {settings.voice && voice.status === 'none' && (
          <p class="pp-note">
            This device has no voice that works offline, so the practice will show the words on screen and play soft sounds. Nothing is
            sent anywhere.
          </p>
        )}
        {settings.voice && voice.status === 'ready' && (
          <div class="pp-row">
            <label class="pp-label" for={`${id}-voice`}>
              Which voice
            </label>
            <select
              class="pp-select"
              id={`${id}-voice`}
              value={voice.voices.find((v) => v.uri === settings.voiceUri)?.uri ?? voice.voices[0]?.uri}
              onChange={(e) => update({ voiceUri: e.currentTarget.value })}
            >
              {voice.voices.map((v) => (
                <option key={v.uri} value={v.uri}>
                  {v.name} ({v.lang})
                </option>
              ))}
            </select>
            <button type="button" class="lb-button" onClick={() => {
                voice.speaker?.cancel();
                voice.speaker?.say(test);
              }}>
              Test the voice
            </button>
          </div>
        )}
      </fieldset>
      {script.behaviour === 'breath' && <BreathOptions id={id} />}
      {script.behaviour === 'pendulation' && <PlaceOptions id={id} />}
      <fieldset class="pp-group">
        <legend class="pp-legend">Sounds</legend>
        {(Object.keys(TONE_WORDS) as Tone[]).map((t) => (
          <label class="pp-choice" key={t}>
            <input type="checkbox" checked={settings.tones[t]} onChange={(e) => update({ tones: { ...settings.tones, [t]: e.currentTarget.checked } })} />
            <span>{TONE_WORDS[t]}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
