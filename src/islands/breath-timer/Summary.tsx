import type { Ref } from 'preact';
import { cameBackText } from './breath-timer';

/** Props for the end-of-session invitation. */
export interface SummaryProps {
  /** Prefix for element ids (from useId). */
  id: string;
  returns: number;
  /** The journal page with the practice and length filled in. */
  journalHref: string;
  /** The interoceptive journaling guide. */
  guideHref: string;
  boxRef: Ref<HTMLDivElement>;
}

/** What the reader sees when time is up: a kind count and an invitation, never a score. */
export function Summary({ id, returns, journalHref, guideHref, boxRef }: SummaryProps) {
  return (
    <div class="bt-summary" ref={boxRef} tabIndex={-1} role="group" aria-labelledby={`${id}-done`}>
      <h3 class="bt-summary-title" id={`${id}-done`}>
        Your session has ended
      </h3>
      <p>{cameBackText(returns)}</p>
      <p>If you like, you might take a moment to note what you noticed: where you felt your breath, and anything that shifted.</p>
      <p class="bt-summary-links">
        <a class="lb-button lb-button--primary" href={journalHref}>
          Note what you noticed
        </a>
        <a href={guideHref}>How to keep a body journal</a>
      </p>
    </div>
  );
}
