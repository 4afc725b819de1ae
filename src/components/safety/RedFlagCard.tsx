import type { ComponentChildren, Ref } from 'preact';
import type { CareLevel } from '../../schemas/red-flags';
import { CallLink } from './CallLink';
import { CareLine } from './CareLine';

interface Props {
  kind: 'emergency' | 'urgent';
  /** The level's data from content/safety/red-flags.json. */
  level: CareLevel;
  /** List every sign of the level (the red-flags page); the quiz, which just asked them, leaves them out. */
  signs?: boolean;
  /** The heading element: h2 on a guide, h3 inside the quiz. */
  heading?: 'h2' | 'h3' | 'h4';
  headingId?: string | undefined;
  /** Given by the quiz, which moves focus to the card: the heading then takes focus (tabindex -1). */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** Extra paragraphs after the advice (the quiz's "what to tell them"). */
  children?: ComponentChildren;
}

/**
 * An NHS-style care card from the one red-flag source. The kind is spoken and printed before the title
 * ("Emergency:", "Urgent:"), so it never relies on colour; the calls are big tap-to-call links.
 */
export function RedFlagCard({ kind, level, signs = false, heading = 'h2', headingId, headingRef, children }: Props) {
  const Heading = heading;
  return (
    <div class={`lb-care lb-care--${kind}`}>
      <Heading class="lb-care__heading" {...(headingId ? { id: headingId } : {})} {...(headingRef ? { ref: headingRef, tabIndex: -1 } : {})}>
        <span class="lb-care__kind">
          {kind === 'emergency' ? 'Emergency' : 'Urgent'}
          <span class="visually-hidden">: </span>
        </span>
        {level.title}
      </Heading>
      <div class="lb-care__body">
        <ul class="lb-care__calls" role="list">
          {level.calls.map((number) => (
            <li key={number}>
              <CallLink number={number} button />
            </li>
          ))}
        </ul>
        {level.lines.map((line) => (
          <CareLine key={line} line={line} />
        ))}
        {signs && (
          <>
            <p>{level.lead}</p>
            <ul class="lb-care__signs">{level.groups.flatMap((g) => g.signs).map((sign) => <li key={sign}>{sign}</li>)}</ul>
          </>
        )}
        {children}
      </div>
    </div>
  );
}
