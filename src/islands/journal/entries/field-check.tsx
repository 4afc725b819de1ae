import type { JSX } from 'preact';
import type { Draft, DraftField } from './draft';

/** Props a form field gets from `fieldCheck`: its id, and its invalid state and description when it has the error. */
export interface FieldCheck {
  props: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  /** The error message to show above the field, or false. */
  message: JSX.Element | false;
}

/**
 * Invalid-state props and the error message for each field, following the GOV.UK error message pattern:
 * the message sits above the field, the field is marked invalid and described by it. With `hint`, the
 * field is also described by its hint (`<id>-<field>-hint`).
 */
export function fieldCheck(id: string, error: { field: DraftField; message: string } | null) {
  return (field: DraftField, hint = false): FieldCheck => {
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
}

/** Value of the input that fired an event. */
export const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** Changes part of the draft. */
export type SetDraft = (patch: Partial<Draft>) => void;
