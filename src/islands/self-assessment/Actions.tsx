interface Props {
  disabled: boolean;
  /** Omitted on the first step. */
  onBack?: (() => void) | undefined;
}

/** Continue (submits the step's form, so Enter on a radio works too) and Back. */
export function Actions({ disabled, onBack }: Props) {
  return (
    <div class="sa-actions">
      <button type="submit" class="lb-button lb-button--primary" disabled={disabled}>
        Continue
      </button>
      {onBack && (
        <button type="button" class="lb-button" disabled={disabled} onClick={onBack}>
          Back
        </button>
      )}
    </div>
  );
}
