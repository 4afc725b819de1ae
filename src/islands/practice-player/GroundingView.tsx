import type { ComponentChildren, Ref } from 'preact';
import { RED_FLAGS } from '../../lib/links';

/** Props for the grounding words after "Stop and ground". */
export interface GroundingViewProps {
  id: string;
  /** The script's grounding words (also spoken, when the voice is on). */
  text: string;
  headingRef: Ref<HTMLHeadingElement>;
  onSteady(): void;
  /** More help for a reader not yet steady, with the crisis lines (later.ts's GroundingMore), fetched as the session starts. */
  children?: ComponentChildren;
}

/**
 * After "Stop and ground": how to come back to the room, more help for a reader not yet steady with
 * the crisis lines, and the red flags. Never just an end. The words, the button and the red flags are
 * in the island's first download, so they show even if the rest (children) has not arrived.
 */
export function GroundingView({ id, text, headingRef, onSteady, children }: GroundingViewProps) {
  return (
    <div class="pp-after" role="group" aria-labelledby={`${id}-ground`}>
      <h2 class="pp-after-title" id={`${id}-ground`} ref={headingRef} tabIndex={-1}>
        Stop and ground
      </h2>
      <p class="pp-words">{text}</p>
      <button type="button" class="lb-button lb-button--primary" onClick={onSteady}>
        I feel steady now
      </button>
      {children}
      <p>
        Some back symptoms need help straight away. If anything has changed, read the <a href={RED_FLAGS}>red flags for back pain</a>.
      </p>
    </div>
  );
}
