import type { ComponentChildren, Ref } from 'preact';
import { href } from '../../lib/site';
import type { Quiz } from '../../schemas/quiz';

interface CardProps {
  kind: 'emergency' | 'urgent';
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
  children: ComponentChildren;
}

// Uses the styles of src/components/CareCard.astro (src/styles/content.css): the kind is spoken and
// printed before the title, so the card never relies on colour alone.
function Card({ kind, title, headingRef, children }: CardProps) {
  return (
    <div class={`lb-care lb-care--${kind} sa-card`}>
      <h3 class="lb-care__heading sa-card__heading" tabIndex={-1} ref={headingRef}>
        <span class="lb-care__kind">
          {kind === 'emergency' ? 'Emergency' : 'Urgent'}
          <span class="visually-hidden">: </span>
        </span>
        {title}
      </h3>
      <div class="lb-care__body">{children}</div>
    </div>
  );
}

/** Shown when the quiz stops on an emergency answer: what to do, what to say, and no result. */
export function EmergencyCard({ cards, headingRef }: { cards: Quiz['cards']; headingRef: Ref<HTMLHeadingElement> }) {
  const card = cards.emergency;
  return (
    <Card kind="emergency" title={card.title} headingRef={headingRef}>
      {card.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>{card.stop}</p>
      <h4>{card.tellTitle}</h4>
      <ul>
        {card.tell.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <a href={href(`guides/${cards.guide.slug}/`)}>{cards.guide.label}</a>
      </p>
    </Card>
  );
}

/** Stays at the top of the signs and the result after an urgent answer. */
export function UrgentCard({ cards, headingRef }: { cards: Quiz['cards']; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <Card kind="urgent" title={cards.urgent.title} headingRef={headingRef}>
      {cards.urgent.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        <a href={href(`guides/${cards.guide.slug}/`)}>{cards.guide.label}</a>
      </p>
    </Card>
  );
}
