import type { ComponentChildren, Ref } from 'preact';
import { leaveFor, type EndOffers } from './end-offers';

/** Props for the close of a session. */
export interface EndViewProps {
  id: string;
  /** Whole minutes practised, or null for under half a minute. */
  minutes: number | null;
  /** True when the reader chose "Stop and ground" before the end. */
  early: boolean;
  /** The journal with the practice and minutes filled in (src/lib/links.ts). */
  journalHref: string;
  /** The interoceptive journaling guide. */
  guideHref: string;
  headingRef: Ref<HTMLHeadingElement>;
  onClose(): void;
  /** A practice's own closing words (the breath practice's returns), under the first words. */
  children?: ComponentChildren;
  /** Starts the script again at another of its lengths (an end offer). */
  onAgain(minutes: number): void;
  /** The script's own offers, shown instead of the journal's (the flare page's settle: more time, or the plan). */
  offers?: EndOffers | undefined;
}

/**
 * The end: kind words, never a score or a streak, and an invitation to the journal with the practice
 * and its minutes filled in. Props come ready-made, so this lazily loaded part imports nothing shared. A session the reader stopped is handed over as stopped early, which is
 * a choice they made, not a failure; nothing is kept unless they save it there.
 */
export function EndView({ id, minutes, early, journalHref, guideHref, headingRef, onClose, onAgain, offers, children }: EndViewProps) {
  const spent = minutes === null ? 'a short while' : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return (
    <div class="pp-after" role="group" aria-labelledby={`${id}-end`}>
      <h2 class="pp-after-title" id={`${id}-end`} ref={headingRef} tabIndex={-1}>
        {early ? 'You stopped, and that is fine' : 'Your practice has ended'}
      </h2>
      <p class="pp-words">
        {early
          ? `You practised for ${spent}. Stopping when you need to is part of the practice.`
          : `You practised for ${spent}. Take your time before you get up.`}
      </p>
      {children}
      {offers ? (
        <EndOfferButtons offers={offers} early={early} onAgain={onAgain} onClose={onClose} />
      ) : (
        <>
          <p>If you like, you might note what you noticed: a sensation, a shift, or nothing much. A line or two is plenty.</p>
          <p class="pp-row">
            <a class="lb-button lb-button--primary" href={journalHref}>
              Note what you noticed
            </a>
            <a class="pp-link" href={guideHref}>
              How to keep a body journal
            </a>
          </p>
        </>
      )}
      <button type="button" class="lb-button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

/**
 * A page's offers: more time with the same script, or a place on the page. After a session the
 * reader stopped, only the place: more practice is not pressed on them.
 */
function EndOfferButtons(p: { offers: EndOffers; early: boolean; onAgain(minutes: number): void; onClose(): void }) {
  const { offers, early } = p;
  return (
    <>
      {!early && <p>{offers.say}</p>}
      <p class="pp-row">
        {!early && (
          <button type="button" class="lb-button lb-button--primary" onClick={() => p.onAgain(offers.again.minutes)}>
            {offers.again.label}
          </button>
        )}
        <button type="button" class={early ? 'lb-button lb-button--primary' : 'lb-button'} onClick={() => leaveFor(offers.goTo.target, p.onClose)}>
          {offers.goTo.label}
        </button>
      </p>
    </>
  );
}
