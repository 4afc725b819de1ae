import { useId } from 'preact/hooks';
import type { PendulationData } from '../../schemas/pendulation';
import { PlacePicker } from './PlacePicker';
import { CHOICES, type NumberSetting, type SettingEvent, type Settings } from './settings';
import { DISCOMFORT_PLACES, EASE_PLACES } from './places';

const NUMBER_FIELDS: { key: NumberSetting; label: string; unit: string }[] = [
  { key: 'rounds', label: 'Rounds', unit: '' },
  { key: 'easeSeconds', label: 'Seconds on ease', unit: ' seconds' },
  { key: 'discomfortSeconds', label: 'Seconds on discomfort', unit: ' seconds' },
];

interface Props {
  settings: Settings;
  words: PendulationData['setup'];
  dispatch(e: SettingEvent): void;
  onStart(): void;
  enabled: boolean;
}

/** The choices before starting: two places, three numbers, sound, and Start. */
export function SetupForm({ settings, words, dispatch, onStart, enabled }: Props) {
  const id = useId();
  return (
    <div class="pg-setup lb-js-only">
      <PlacePicker which="ease" hint={words.easeHint} choice={settings.ease} places={EASE_PLACES} dispatch={dispatch} enabled={enabled} />
      <PlacePicker
        which="discomfort"
        hint={words.discomfortHint}
        choice={settings.discomfort}
        places={DISCOMFORT_PLACES}
        dispatch={dispatch}
        enabled={enabled}
      />
      <fieldset class="pg-fieldset pg-settings">
        <legend class="pg-legend">Pace</legend>
        {NUMBER_FIELDS.map(({ key, label, unit }) => (
          <div class="pg-field" key={key}>
            <label for={`${id}-${key}`}>{label}</label>
            <select
              id={`${id}-${key}`}
              disabled={!enabled}
              value={String(settings[key])}
              onChange={(e) => dispatch({ type: 'setting', key, value: Number(e.currentTarget.value) })}
            >
              {CHOICES[key].map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                  {unit}
                </option>
              ))}
            </select>
          </div>
        ))}
        <p class="pg-hint">{words.paceHint}</p>
        <label class="pg-choice">
          <input type="checkbox" checked={settings.sound} disabled={!enabled} onChange={(e) => dispatch({ type: 'sound', on: e.currentTarget.checked })} />
          Soft tone when the step changes
        </label>
      </fieldset>
      <button type="button" class="lb-button lb-button--primary" disabled={!enabled} onClick={onStart}>
        Start
      </button>
    </div>
  );
}
