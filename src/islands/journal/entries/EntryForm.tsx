import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Practice } from './practices';
import type { PartProps } from '../types';
import { DetailFields } from './DetailFields';
import { detailsFilled, errorInDetails } from './details-summary';
import type { Draft } from './draft';
import { fieldCheck, value } from './field-check';

/** Widths where the details start open: wider than a phone held upright (40rem, 640 px). */
const WIDE = '(min-width: 40rem)';

/**
 * Write or edit an entry. The one box that matters comes first ("What did you notice?"); the rest sits in
 * "Add details", a native <details> (keyboard and screen readers know it as a disclosure button), closed on
 * a phone and open on wider screens. Closed, its summary says what is already filled in. Errors follow the
 * GOV.UK error message pattern: the message sits above the field, the field is marked invalid and
 * described by it, and focus moves to it on save (opening the details first when the field is inside).
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
  const more = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(() => matchMedia(WIDE).matches);
  const set = (patch: Partial<Draft>) => send({ type: 'draft', patch });
  // Opened at once on the element, so that a field inside can take focus in the same effect.
  const openDetails = () => {
    if (more.current) more.current.open = true;
    setOpen(true);
  };

  useEffect(() => {
    if (!editing) return;
    openDetails(); // an entry being edited shows all it holds
    heading.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (!error) return;
    if (errorInDetails(error)) openDetails();
    document.getElementById(`${id}-${error.field}`)?.focus();
  }, [error]);

  const check = fieldCheck(id, error);
  const text = check('text', true);
  const filled = detailsFilled(draft, practices);

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
      <details class="jr-more" ref={more} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span class="jr-more-title">Add details</span>
          <span class="jr-more-hint">{filled.length > 0 ? filled.join(', ') : 'When, which practice, sensations, how settled'}</span>
        </summary>
        <DetailFields id={id} draft={draft} set={set} words={words} practices={practices} check={check} />
      </details>
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
