import { practiceHref } from '../../lib/practice-links';
import { href } from '../../lib/site';
import type { NextSteps as Steps } from './next-steps';

const HEADINGS: Record<Steps['kind'], string> = {
  practices: 'Practices you might try',
  guides: 'Where you might read next',
  pointers: 'Other things you might try',
};

/**
 * The result's main action: each suggestion as a clear button-link (the first the primary one), with
 * why it fits under it. A practice opens at its guide's practice player.
 */
export function NextSteps({ next }: { next: Steps }) {
  let first = true;
  return (
    <div class="sa-next">
      <h4>{HEADINGS[next.kind]}</h4>
      {next.kind === 'practices' && <p>Each one opens the practice on its guide. Try one if you like; you can stop at any time.</p>}
      <ul class="sa-next__list" role="list">
        {next.steps.map((step) => {
          const { guide } = step;
          const primary = guide && first;
          if (guide) first = false;
          const why = <p class="sa-next__why">{step.text}</p>;
          // A pointer is a sentence with a guide after it; a practice or guide is the button, then why it fits.
          return (
            <li key={guide?.slug ?? step.text} class="sa-next__item">
              {next.kind === 'pointers' && why}
              {guide && (
                <a
                  class={primary ? 'lb-button lb-button--primary sa-next__link' : 'lb-button sa-next__link'}
                  href={guide.practice ? practiceHref(guide.slug) : href(`guides/${guide.slug}/`)}
                >
                  {guide.label}
                </a>
              )}
              {next.kind !== 'pointers' && why}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
