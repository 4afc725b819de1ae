import type { PendulationData } from '../../schemas/pendulation';
import { RED_FLAGS } from './links';
import type { Settings } from './settings';
import { scriptSteps } from './words';

/** The whole practice as a numbered script: read ahead, or follow it at your own pace without the timer. */
export function ScriptView({ settings, data, headingId }: { settings: Settings; data: PendulationData; headingId: string }) {
  const grounding = data.steps.grounding;
  return (
    <div class="pg-script">
      <h3 id={headingId}>The practice, step by step</h3>
      <ol class="pg-steps" aria-labelledby={headingId}>
        {scriptSteps(settings, data).map((step) => (
          <li key={step.title}>
            <strong>{/[.?!]$/.test(step.title) ? step.title : `${step.title}.`}</strong> {step.text}
          </li>
        ))}
      </ol>
      <p class="pg-ground-note">
        <strong>{grounding.title}.</strong> If anything feels like too much, go back to ease and stay there. {grounding.text}{' '}
        <a href={RED_FLAGS}>Red flags for back pain</a>.
      </p>
    </div>
  );
}
