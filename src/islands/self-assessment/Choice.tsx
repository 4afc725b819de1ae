import type { ComponentChildren } from 'preact';

/** One answer a question offers. */
export interface Option {
  value: string;
  label: string;
}

/** Yes / No, for the safety check. */
export const YES_NO: readonly Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Yes / Not sure / No, for the five signs. */
export const YES_NOT_SURE_NO: readonly Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'not-sure', label: 'Not sure' },
  { value: 'no', label: 'No' },
];

/** The id of a question's first radio: where the error summary links to. */
export const firstRadioId = (uid: string, id: string) => `${uid}-${id}-yes`;

interface Props {
  uid: string;
  /** Question id. */
  id: string;
  legend: ComponentChildren;
  /** Shown under the legend and read as the group's description. */
  hint: ComponentChildren;
  options: readonly Option[];
  value: string | undefined;
  /** Error message, when the reader went on without answering. */
  error: string | undefined;
  disabled: boolean;
  inline?: boolean;
  onAnswer: (value: string) => void;
}

/**
 * A question as a fieldset of native radio buttons (WAI-ARIA APG radio group pattern: Tab into the
 * group, arrow keys move and select), with the GOV.UK error message pattern inside the fieldset.
 */
export function Choice({ uid, id, legend, hint, options, value, error, disabled, inline = false, onAnswer }: Props) {
  const hintId = `${uid}-${id}-hint`;
  const errorId = `${uid}-${id}-error`;
  return (
    <fieldset class={error ? 'sa-question sa-question--error' : 'sa-question'} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend class="sa-legend">{legend}</legend>
      <div id={hintId} class="sa-hint">
        {hint}
      </div>
      {error && (
        <p id={errorId} class="sa-error">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div class={inline ? 'sa-radios sa-radios--inline' : 'sa-radios'}>
        {options.map((o) => {
          const radioId = `${uid}-${id}-${o.value}`;
          return (
            <div class="sa-radio" key={o.value}>
              <input
                type="radio"
                id={radioId}
                name={`${uid}-${id}`}
                value={o.value}
                checked={value === o.value}
                disabled={disabled}
                onChange={() => onAnswer(o.value)}
              />
              <label for={radioId}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
