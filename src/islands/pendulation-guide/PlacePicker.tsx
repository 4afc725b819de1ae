import { useId } from 'preact/hooks';
import { BodyMap } from './BodyMap';
import type { SettingEvent } from './settings';
import { MAX_WORDS, OWN, type Place, type PlaceChoice } from './places';

/** Where the choice is made: ease (front of the body) or discomfort (back of the body). */
const KINDS = {
  ease: { legend: 'Place of ease', view: 'front' },
  discomfort: { legend: 'Place of discomfort', view: 'back' },
} as const;

interface Props {
  which: 'ease' | 'discomfort';
  /** Help under the legend. */
  hint: string;
  choice: PlaceChoice;
  places: readonly Place[];
  dispatch(e: SettingEvent): void;
  enabled: boolean;
}

/**
 * One place picker: a native radio group (arrow keys move, APG Radio Group pattern:
 * https://www.w3.org/WAI/ARIA/apg/patterns/radio/) with an own-words field, and the body map beside it.
 */
export function PlacePicker({ which, hint, choice, places, dispatch, enabled }: Props) {
  const id = useId();
  const kind = KINDS[which];
  const choose = (placeId: string) => dispatch({ type: 'choose', which, id: placeId });
  const options = [...places, { id: OWN, label: 'Somewhere else' }];
  return (
    <div class="pg-pick">
      <fieldset class="pg-fieldset" aria-describedby={`${id}-hint`}>
        <legend class="pg-legend">{kind.legend}</legend>
        <p class="pg-hint" id={`${id}-hint`}>
          {hint}
        </p>
        {options.map((o) => (
          <label class="pg-choice" key={o.id}>
            <input type="radio" name={`${id}-place`} value={o.id} checked={choice.id === o.id} disabled={!enabled} onChange={() => choose(o.id)} />
            {o.label}
          </label>
        ))}
        <label class="pg-words-label" for={`${id}-words`}>
          In my own words
        </label>
        <input
          class="pg-words"
          id={`${id}-words`}
          type="text"
          autocomplete="off"
          maxLength={MAX_WORDS}
          value={choice.words}
          disabled={!enabled}
          onInput={(e) => dispatch({ type: 'words', which, words: e.currentTarget.value })}
        />
      </fieldset>
      <BodyMap view={kind.view} label={`Body map: ${kind.legend.toLowerCase()}`} places={places} selected={choice.id} onSelect={choose} enabled={enabled} />
    </div>
  );
}
