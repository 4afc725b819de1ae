import type { Draft } from './draft';
import type { FieldCheck, SetDraft } from './field-check';
import { value } from './field-check';
import type { Practice } from './practices';

const RATINGS = Array.from({ length: 11 }, (_, i) => String(i));

interface Props {
  /** Prefix for element ids (the form's useId). */
  id: string;
  draft: Draft;
  set: SetDraft;
  words: readonly string[];
  practices: readonly Practice[];
  check: (field: 'at' | 'minutes' | 'own', hint?: boolean) => FieldCheck;
}

/**
 * Everything an entry can hold besides the note, inside the form's "Add details": when, which practice,
 * how long, sensations, how settled, and a pain number. Each row is a grid (Journal.css), so fields
 * side by side start at the same line and never overlap, whatever the width.
 */
export function DetailFields({ id, draft, set, words, practices, check }: Props) {
  const at = check('at');
  const minutes = check('minutes');
  const own = check('own', true);
  // The list's words, then any others already on this entry.
  const chips = [...words, ...draft.tags.filter((t) => !words.includes(t))];
  const toggle = (t: string) => set({ tags: draft.tags.includes(t) ? draft.tags.filter((x) => x !== t) : [...draft.tags, t] });
  return (
    <div class="jr-more-body">
      <div class="jr-row">
        <div class="jr-field">
          <label for={`${id}-at`}>Date and time</label>
          {at.message}
          <input type="datetime-local" value={draft.at} onInput={(e) => set({ at: value(e) })} {...at.props} />
        </div>
        <div class="jr-field">
          <label for={`${id}-p`}>Practice</label>
          <select id={`${id}-p`} value={draft.practice} onChange={(e) => set({ practice: value(e) })}>
            <option value="">Choose if you like</option>
            {practices.map((p) => (
              <option value={p.slug}>{p.name}</option>
            ))}
          </select>
        </div>
        <div class="jr-field">
          <label for={`${id}-minutes`}>Length in minutes (optional)</label>
          {minutes.message}
          <input
            type="text"
            inputMode="numeric"
            class="jr-short"
            value={draft.minutes}
            onInput={(e) => set({ minutes: value(e) })}
            {...minutes.props}
          />
        </div>
      </div>
      <fieldset class="jr-field">
        <legend>Sensations (optional)</legend>
        <div class="jr-chips">
          {chips.map((t) => (
            <label class="jr-chip">
              <input type="checkbox" checked={draft.tags.includes(t)} onChange={() => toggle(t)} />
              {t}
            </label>
          ))}
        </div>
        <label for={`${id}-own`}>Your own words</label>
        <p class="jr-hint" id={`${id}-own-hint`}>
          Separate them with commas, for example: fizzy, open.
        </p>
        {own.message}
        <input type="text" maxLength={400} value={draft.own} onInput={(e) => set({ own: value(e) })} {...own.props} />
      </fieldset>
      <div class="jr-row">
        <div class="jr-field">
          <label for={`${id}-s`}>How settled do you feel? (optional)</label>
          <select id={`${id}-s`} class="jr-short" value={draft.settled} onChange={(e) => set({ settled: value(e) })}>
            <option value="">Skip</option>
            {RATINGS.map((r) => (
              <option value={r}>{r === '0' ? '0, not settled' : r === '10' ? '10, very settled' : r}</option>
            ))}
          </select>
        </div>
        <div class="jr-field">
          <label class="jr-check">
            <input type="checkbox" checked={draft.painOn} onChange={() => set({ painOn: !draft.painOn })} />
            Add a pain number
          </label>
          {draft.painOn && (
            <>
              <label for={`${id}-pain`}>Pain, 0 to 10</label>
              <select id={`${id}-pain`} class="jr-short" value={draft.pain} onChange={(e) => set({ pain: value(e) })}>
                <option value="">Skip</option>
                {RATINGS.map((r) => (
                  <option value={r}>{r}</option>
                ))}
              </select>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
