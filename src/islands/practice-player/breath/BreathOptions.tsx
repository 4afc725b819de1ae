import { BELL_EVERY_MINUTES, PACER_PACES } from './breath-practice';
import { useBreathChoices } from './use-breath-choices';

/**
 * The breath practice's choices behind "More options": soft bells every few minutes, and the optional
 * breath pacer. Native checkboxes and selects, as the player's other options.
 */
export function BreathOptions({ id }: { id: string }) {
  const [choices, update] = useBreathChoices();
  const choose = (key: 'bellEvery' | 'pace', label: string, options: readonly number[], unit: string) => (
    <div class="pp-row">
      <label class="pp-label" for={`${id}-${key}`}>
        {label}
      </label>
      <select class="pp-select" id={`${id}-${key}`} value={choices[key]} onChange={(e) => update({ [key]: Number(e.currentTarget.value) })}>
        {options.map((n) => (
          <option key={n} value={n}>
            {n} {unit}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <fieldset class="pp-group">
        <legend class="pp-legend">Bells</legend>
        <label class="pp-choice">
          <input type="checkbox" checked={choices.bells} onChange={(e) => update({ bells: e.currentTarget.checked })} />
          <span>Ring a soft bell now and then</span>
        </label>
        {choose('bellEvery', 'Bell every', BELL_EVERY_MINUTES, 'min')}
      </fieldset>
      <fieldset class="pp-group">
        <legend class="pp-legend">Breath pacer</legend>
        <p class="pp-hint">
          The practice is to breathe as you normally do. The pacer is an extra. If it makes you dizzy, short of breath or tense, you can turn
          it off.
        </p>
        <label class="pp-choice">
          <input type="checkbox" checked={choices.pacer} onChange={(e) => update({ pacer: e.currentTarget.checked })} />
          <span>Show a slow breath pacer</span>
        </label>
        {choose('pace', 'Pace', PACER_PACES, 'breaths a minute')}
      </fieldset>
    </>
  );
}
