import { playCue, unlockSound, type Cue } from '../../lib/sound';
import type { Settings } from './settings';

/** Props for the sound, bell and pacer settings. */
export interface ExtrasPanelProps {
  /** Prefix for element ids (from useId). */
  id: string;
  settings: Settings;
  update(patch: Partial<Settings>): void;
  /** The choices for "Bell every" (minutes) and "Pace" (breaths a minute): settings.ts's lists, passed in by Extras. */
  choices: { readonly bellEvery: readonly number[]; readonly pace: readonly number[] };
}

type Flag = 'chime' | 'bells' | 'vibrate' | 'pacer';
type Level = 'chimeVolume' | 'bellVolume';

/**
 * The optional cues inside the Extras disclosure, loaded the first time it opens. Turning a sound
 * on or moving its volume plays a sample: a user gesture, which browsers need before any sound.
 */
export function ExtrasPanel({ id, settings, update, choices }: ExtrasPanelProps) {
  const sample = (cue: Cue, volume: number) => {
    unlockSound();
    playCue(cue, volume);
  };
  const check = (key: Flag, label: string, cue?: Cue, level?: Level) => (
    <label class="bt-check">
      <input
        type="checkbox"
        checked={settings[key]}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          update({ [key]: on });
          if (on && cue && level) sample(cue, settings[level]);
        }}
      />
      <span>{label}</span>
    </label>
  );
  const volume = (key: Level, label: string, cue: Cue) => (
    <div class="bt-row">
      <label class="bt-label" for={`${id}-${key}`}>
        {label}
      </label>
      <input
        class="bt-range"
        id={`${id}-${key}`}
        type="range"
        min="0"
        max="10"
        step="1"
        value={Math.round(settings[key] * 10)}
        aria-valuetext={`${Math.round(settings[key] * 10)} out of 10`}
        onChange={(e) => {
          const v = Number(e.currentTarget.value) / 10;
          update({ [key]: v });
          sample(cue, v);
        }}
      />
    </div>
  );
  const choose = (key: 'bellEvery' | 'pace', label: string, options: readonly number[], unit: string) => (
    <div class="bt-row">
      <label class="bt-label" for={`${id}-${key}`}>
        {label}
      </label>
      <select
        class="bt-select"
        id={`${id}-${key}`}
        value={settings[key]}
        onChange={(e) => update({ [key]: Number(e.currentTarget.value) })}
      >
        {options.map((n) => (
          <option key={n} value={n}>
            {n} {unit}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div class="bt-extras-body">
      <fieldset class="bt-group">
        <legend class="bt-legend">At the end</legend>
        {check('chime', 'Play a soft chime', 'chime', 'chimeVolume')}
        {volume('chimeVolume', 'Chime volume', 'chime')}
        {check('vibrate', 'Vibrate, on phones that can')}
      </fieldset>
      <fieldset class="bt-group">
        <legend class="bt-legend">During the session</legend>
        {check('bells', 'Ring a soft bell now and then', 'bell', 'bellVolume')}
        {choose('bellEvery', 'Bell every', choices.bellEvery, 'min')}
        {volume('bellVolume', 'Bell volume', 'bell')}
      </fieldset>
      <fieldset class="bt-group">
        <legend class="bt-legend">Breath pacer</legend>
        <p class="bt-hint">
          The practice is to breathe as you normally do. The pacer is an extra. If it makes you dizzy, short of breath or tense, you can
          turn it off.
        </p>
        {check('pacer', 'Show a slow breath pacer')}
        {choose('pace', 'Pace', choices.pace, 'breaths a minute')}
      </fieldset>
      <p class="bt-hint">Sounds are made in your browser. Nothing plays until you press Start or change a sound here.</p>
    </div>
  );
}
