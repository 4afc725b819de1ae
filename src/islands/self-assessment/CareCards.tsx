import type { Ref } from 'preact';
import { RedFlagCard } from '../../components/safety/RedFlagCard';
import { href } from '../../lib/site';
import type { Quiz } from '../../schemas/quiz';

interface Props {
  quiz: Quiz;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Shown when the quiz stops on an emergency answer: what to do, what to say, and no result. */
export function EmergencyCard({ quiz, headingRef }: Props) {
  const extra = quiz.cards.emergency;
  return (
    <RedFlagCard kind="emergency" level={quiz.care.emergency} heading="h3" headingRef={headingRef}>
      <p>{extra.stop}</p>
      <h4>{extra.tellTitle}</h4>
      <ul>
        {extra.tell.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <a href={href(`guides/${quiz.cards.guide.slug}/`)}>{quiz.cards.guide.label}</a>
      </p>
    </RedFlagCard>
  );
}

/** Stays at the top of the signs and the result after an urgent answer. */
export function UrgentCard({ quiz, headingRef }: Props) {
  return (
    <RedFlagCard kind="urgent" level={quiz.care.urgent} heading="h3" headingRef={headingRef}>
      {quiz.cards.urgent.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        <a href={href(`guides/${quiz.cards.guide.slug}/`)}>{quiz.cards.guide.label}</a>
      </p>
    </RedFlagCard>
  );
}
