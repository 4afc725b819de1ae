import type { Ref } from 'preact';
import { MAX_MINUTES, MIN_MINUTES, PRESET_MINUTES } from './settings';

/** Props for the length choice. */
export interface LengthPickerProps {
  /** Prefix for element ids (from useId). */
  id: string;
  /** The chosen length in minutes. */
  minutes: number;
  /** Text in the "Minutes" field while the reader types; null shows `minutes`. */
  draft: string | null;
  /** True when the draft is not a whole number from 1 to 60. */
  draftInvalid: boolean;
  /** Show the inline message (after the field loses focus or Start is pressed). */
  showError: boolean;
  /** True while a session runs or is paused. */
  disabled: boolean;
  fieldRef: Ref<HTMLInputElement>;
  onPreset(minutes: number): void;
  onType(text: string): void;
  onLeave(): void;
}

/**
 * Presets as native radio buttons (APG radio group: arrow keys move the choice, Space checks it;
 * https://www.w3.org/WAI/ARIA/apg/patterns/radio/) and a free "Minutes" text field in the GOV.UK
 * style: inputmode numeric, the message above the field, linked by aria-describedby.
 */
export function LengthPicker(p: LengthPickerProps) {
  const errorShown = p.showError && p.draftInvalid;
  const describedBy = `${p.id}-hint${errorShown ? ` ${p.id}-error` : ''}`;
  return (
    <fieldset class="bt-length" disabled={p.disabled}>
      <legend class="bt-legend">Length</legend>
      <div class="bt-presets">
        {PRESET_MINUTES.map((m) => (
          <label class="bt-preset" key={m}>
            <input type="radio" name={`${p.id}-length`} value={m} checked={!p.draftInvalid && p.minutes === m} onChange={() => p.onPreset(m)} />
            <span>{m} min</span>
          </label>
        ))}
      </div>
      <div class={`bt-custom${errorShown ? ' bt-custom--error' : ''}`}>
        <label class="bt-label" for={`${p.id}-minutes`}>
          Minutes
        </label>
        <p class="bt-hint" id={`${p.id}-hint`}>
          Or type a whole number from {MIN_MINUTES} to {MAX_MINUTES}.
        </p>
        {errorShown && (
          <p class="bt-error" id={`${p.id}-error`}>
            <span class="visually-hidden">Error: </span>Please type a whole number of minutes from {MIN_MINUTES} to {MAX_MINUTES}.
          </p>
        )}
        <input
          ref={p.fieldRef}
          class="bt-input"
          id={`${p.id}-minutes`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          size={3}
          value={p.draft ?? String(p.minutes)}
          aria-describedby={describedBy}
          aria-invalid={errorShown}
          onInput={(e) => p.onType(e.currentTarget.value)}
          onBlur={p.onLeave}
        />
      </div>
    </fieldset>
  );
}
