import { EASE_PLACES, MAX_OWN, OWN, VISIT_PLACES, type Place, type PlaceChoice, type Places } from './places';
import { usePlaces } from './use-places';

/**
 * Pendulation's choices behind "More options": the place of ease and the place to visit, from a
 * list or in the reader's own words, which the spoken words then use. Native selects and a text
 * field, as the player's other options.
 */
export function PlaceOptions({ id }: { id: string }) {
  const [places, update] = usePlaces();
  const pick = (key: keyof Places, label: string, list: readonly Place[], hint: string) => {
    const choice: PlaceChoice = places[key];
    return (
      <div class="pp-place">
        <label class="pp-label" for={`${id}-${key}`}>
          {label}
        </label>
        <select class="pp-select" id={`${id}-${key}`} value={choice.id} onChange={(e) => update({ [key]: { ...choice, id: e.currentTarget.value } })}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value={OWN}>In my own words</option>
        </select>
        {choice.id === OWN && (
          <>
            <label class="pp-label" for={`${id}-${key}-words`}>
              {label}, in your own words
            </label>
            <input
              class="pp-input"
              id={`${id}-${key}-words`}
              type="text"
              maxLength={MAX_OWN}
              autoComplete="off"
              value={choice.words}
              aria-describedby={`${id}-${key}-hint`}
              onInput={(e) => update({ [key]: { id: OWN, words: e.currentTarget.value.slice(0, MAX_OWN) } })}
            />
            <p class="pp-hint" id={`${id}-${key}-hint`}>
              {hint} Keep it short: up to {MAX_OWN} letters and spaces. Your words stay on this device.
            </p>
          </>
        )}
      </div>
    );
  };
  return (
    <fieldset class="pp-group">
      <legend class="pp-legend">Places</legend>
      {pick('ease', 'Place of ease', EASE_PLACES, 'For example "your left hand" or "the warm cup in your hands".')}
      {pick('discomfort', 'Place to visit', VISIT_PLACES, 'For example "your right hip".')}
    </fieldset>
  );
}
