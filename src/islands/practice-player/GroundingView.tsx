import type { ComponentChildren, Ref } from 'preact';
import { RED_FLAGS } from '../../lib/links';

/** Props for the grounding words after "Stop and ground". */
export interface GroundingViewProps {
  id: string;
  /** The script's grounding words (also spoken, when the voice is on). */
  text: string;
  headingRef: Ref<HTMLHeadingElement>;
  onSteady(): void;
  /** The crisis lines (CrisisLines), fetched as the session starts. */
  children?: ComponentChildren;
}

/** After "Stop and ground": how to come back to the room, more help for a reader not yet steady, the crisis lines and the red flags. Never just an end. */
export function GroundingView({ id, text, headingRef, onSteady, children }: GroundingViewProps) {
  return (
    <div class="pp-after" role="group" aria-labelledby={`${id}-ground`}>
      <h2 class="pp-after-title" id={`${id}-ground`} ref={headingRef} tabIndex={-1}>
        Stop and ground
      </h2>
      <p class="pp-words">{text}</p>
      <button type="button" class="pp-button pp-button--main" onClick={onSteady}>
        I feel steady now
      </button>
      <h3>Not steady yet?</h3>
      <p>That is OK. You can stay here a little longer:</p>
      <ul>
        <li>Keep your eyes open and look around the room.</li>
        <li>Name five things you can see.</li>
        <li>Press your feet into the floor and feel it push back.</li>
        <li>Breathe out slowly, a little longer than you breathe in.</li>
      </ul>
      {children}
      <p>
        Some back symptoms need help straight away. If anything has changed, read the <a href={RED_FLAGS}>red flags for back pain</a>.
      </p>
    </div>
  );
}
