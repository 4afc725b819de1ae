import { useRef, useState, useEffect } from 'preact/hooks';
import { RedFlagCard } from '../../components/safety/RedFlagCard';
import type { FlareWords } from '../../schemas/flare';
import type { CareLevel } from '../../schemas/red-flags';
import { FlarePlanView } from './FlarePlanView';

interface Props {
  words: FlareWords;
  emergency: CareLevel;
  editHref: string;
}

type View = 'check' | 'emergency' | 'settle';

/**
 * /flare/: two quick yes/no questions from the red-flag source. Yes: the emergency card and nothing else.
 * No: the settle, then the reader's plan. Nothing to type anywhere on this path.
 */
export default function FlareCheck({ words, emergency, editHref }: Props) {
  const [view, setView] = useState<View>('check');
  const [hydrated, setHydrated] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (view !== 'check') heading.current?.focus();
  }, [view]);

  if (view === 'emergency') {
    return (
      <div class="fl-app fl-result">
        <RedFlagCard kind="emergency" level={emergency} heading="h2" headingRef={heading} />
        <p>
          <button type="button" class="lb-button" onClick={() => setView('check')}>
            Go back to the questions
          </button>
        </p>
      </div>
    );
  }
  if (view === 'settle') {
    return (
      <div class="fl-app fl-result">
        <h2 tabIndex={-1} ref={heading}>
          {words.settle.title}
        </h2>
        <p>{words.settle.intro}</p>
        <ol class="fl-steps">
          {words.settle.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <FlarePlanView words={words.plan} editHref={editHref} />
      </div>
    );
  }
  return (
    <section class="fl-app fl-check" aria-labelledby="flare-check-title">
      <h2 id="flare-check-title">{words.check.title}</h2>
      <ul class="fl-questions">
        {(emergency.quickQuestions ?? []).map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <div class="fl-answers">
        <button type="button" class="lb-button fl-answer" disabled={!hydrated} onClick={() => setView('emergency')}>
          {words.check.yes}
        </button>
        <button type="button" class="lb-button lb-button--primary fl-answer" disabled={!hydrated} onClick={() => setView('settle')}>
          {words.check.no}
        </button>
      </div>
    </section>
  );
}
