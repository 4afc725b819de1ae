import type { Ref } from 'preact';

/** One problem: the message and the id of the field it links to. */
export interface Problem {
  target: string;
  text: string;
}

interface Props {
  problems: readonly Problem[];
  summaryRef: Ref<HTMLDivElement>;
}

// GOV.UK's error summary (design-system.service.gov.uk/components/error-summary): a box at the top,
// focused when it appears so screen readers read it, with links that move focus to each question.
function goTo(event: MouseEvent, target: string) {
  const input = document.getElementById(target);
  if (!input) return;
  event.preventDefault();
  input.focus({ preventScroll: true });
  (input.closest('fieldset') ?? input).scrollIntoView({ block: 'start' });
}

/** "There is a problem", with a link to each unanswered question. */
export function ErrorSummary({ problems, summaryRef }: Props) {
  return (
    <div class="sa-error-summary" tabIndex={-1} ref={summaryRef}>
      <h3 class="sa-error-summary__title">There is a problem</h3>
      <ul>
        {problems.map((p) => (
          <li key={p.target}>
            <a href={`#${p.target}`} onClick={(e) => goTo(e, p.target)}>
              {p.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
