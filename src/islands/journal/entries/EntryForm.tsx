import { useEffect, useId, useRef } from 'preact/hooks';
import type { Draft, DraftField } from './draft';
import type { Practice } from './practices';
import type { PartProps } from '../types';

const RATINGS = Array.from({ length: 11 }, (_, i) => String(i));

/** Value of the input that fired an event. */
const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/**
 * Write or edit an entry. Errors follow the GOV.UK error message pattern: the message sits above
 * the field, the field is marked invalid and described by it, and focus moves to it on save.
 */
export function EntryForm({
  state,
  send,
  words,
  prompts,
  practices,
  newId,
}: PartProps & { words: string[]; prompts: string[]; practices: readonly Practice[]; newId: () => string }) {
  const { draft, editing, error } = state;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (patch: Partial<Draft>) => send({ type: 'draft', patch });

  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (error) document.getElementById(`${id}-${error.field}`)?.focus();
  }, [error]);

  // Invalid-state props and the error message for a field, when it has the error.
  const check = (field: DraftField, hint = false) => {
    const bad = error?.field === field;
    const describedBy = [bad && `${id}-${field}-err`, hint && `${id}-${field}-hint`].filter(Boolean).join(' ');
    return {
      props: { id: `${id}-${field}`, 'aria-invalid': bad || undefined, 'aria-describedby': describedBy || undefined },
      message: bad && (
        <p class="jr-error" id={`${id}-${field}-err`}>
          {error.message}
        </p>
      ),
    };
  };
  const at = check('at');
  const minutes = check('minutes');
  const text = check('text', true);
  const own = check('own', true);
  // The list's words, then any others already on this entry.
  const chips = [...words, ...draft.tags.filter((t) => !words.includes(t))];
  const toggle = (t: string) => set({ tags: draft.tags.includes(t) ? draft.tags.filter((x) => x !== t) : [...draft.tags, t] });

  return (
    <form
      class="jr-form"
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        send({ type: 'save', id: newId(), now: Date.now() });
      }}
    >
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {editing ? 'Edit entry' : 'New entry'}
      </h3>
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
      <div class="jr-field">
        <label for={`${id}-text`}>What did you notice?</label>
        <p class="jr-hint" id={`${id}-text-hint`}>
          A single line is enough. You might say where a feeling was and what it was like.
        </p>
        <details class="jr-prompts">
          <summary>Need a prompt?</summary>
          <ul>
            {prompts.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </details>
        {text.message}
        <textarea rows={4} maxLength={5000} value={draft.text} onInput={(e) => set({ text: value(e) })} {...text.props} />
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
      <div class="jr-actions">
        <button type="submit" class="lb-button lb-button--primary">
          {editing ? 'Save changes' : 'Save entry'}
        </button>
        {editing && (
          <button type="button" class="lb-button" onClick={() => send({ type: 'cancel-edit', now: Date.now() })}>
            Cancel editing
          </button>
        )}
      </div>
    </form>
  );
}
