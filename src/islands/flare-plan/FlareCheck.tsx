import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FlareWords } from '../../schemas/flare';

interface Props {
  words: FlareWords['check'];
  /** The two quick questions, from content/safety/red-flags.json. */
  questions: readonly string[];
  /** Id of the page's settle section (hidden until "No to both"): its heading, the player and the plan. */
  settleId: string;
  /** The emergency card, rendered on the server (Astro's named slot), so its code is not in the island. */
  emergency?: ComponentChildren;
}

type View = 'check' | 'emergency' | 'settle';

/**
 * /flare/: two quick yes/no questions from the red-flag source. Yes: the emergency card and nothing else.
 * No: the page's settle section shows and its player starts, in this same tap (sound and speech may
 * play only inside one), so a settle runs two taps from any page. Nothing to type on this path.
 */
export default function FlareCheck({ words, questions, settleId, emergency }: Props) {
  const [view, setView] = useState<View>('check');
  const [hydrated, setHydrated] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    const heading = card.current?.querySelector('h2');
    if (view === 'emergency' && heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [view]);

  const settle = () => {
    const section = document.getElementById(settleId);
    if (!section) return;
    section.hidden = false;
    setView('settle');
    // The player's own Start button, clicked within this tap. If the player is not ready yet (a very
    // quick tap), its Start button is on screen instead, under the heading that takes focus.
    const start = section.querySelector<HTMLButtonElement>('.pp-start:enabled');
    if (start) start.click();
    else section.querySelector<HTMLElement>('h2')?.focus();
  };

  if (view === 'settle') return null;
  if (view === 'emergency') {
    return (
      <div class="fl-app fl-result" ref={card}>
        {emergency}
        <p>
          <button type="button" class="lb-button" onClick={() => setView('check')}>
            Go back to the questions
          </button>
        </p>
      </div>
    );
  }
  return (
    <section class="fl-app fl-check" aria-labelledby="flare-check-title">
      <h2 id="flare-check-title">{words.title}</h2>
      <ul class="fl-questions">
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <div class="fl-answers">
        <button type="button" class="lb-button fl-answer" disabled={!hydrated} onClick={() => setView('emergency')}>
          {words.yes}
        </button>
        <button type="button" class="lb-button lb-button--primary fl-answer" disabled={!hydrated} onClick={settle}>
          {words.no}
        </button>
      </div>
    </section>
  );
}
