import type { Ref } from 'preact';
import { GroundingMore } from '../../components/safety/GroundingMore';
import type { PendulationData } from '../../schemas/pendulation';
import { JOURNALING, RED_FLAGS, journalHref } from './links';
import { minutesOf, type State } from './pendulation-guide';
import { phaseWords } from './words';

interface Props {
  state: State;
  data: PendulationData;
  headingRef: Ref<HTMLHeadingElement>;
  onFinish(): void;
  onRestart(): void;
}

/** After a session: grounding (after "Stop and ground"), with more steps and the crisis lines for a reader not yet steady, then the reflection with the journal invitation. */
export function EndView({ state, data, headingRef, onFinish, onRestart }: Props) {
  const words = phaseWords(state, data);
  const grounding = state.phase === 'grounding';
  return (
    <div class="pg-end">
      <h3 class="pg-phase-title" ref={headingRef} tabIndex={-1}>
        {words.title}
      </h3>
      <p class="pg-text">{words.text}</p>
      {grounding ? (
        <>
          <button type="button" class="lb-button lb-button--primary" onClick={onFinish}>
            I feel steady now
          </button>
          <GroundingMore heading="h4">
            <li>Rest your attention on your place of ease, and stay there.</li>
          </GroundingMore>
          <p>
            Some back symptoms need emergency help. If anything has changed, read the <a href={RED_FLAGS}>red flags for back pain</a>.
          </p>
        </>
      ) : (
        <>
          <p>
            If you like, you can <a href={journalHref(minutesOf(state))}>note it in your journal</a>. A line or two is plenty.
            Read more about <a href={JOURNALING}>interoceptive journaling</a>.
          </p>
          <button type="button" class="lb-button" onClick={onRestart}>
            Start again
          </button>
        </>
      )}
    </div>
  );
}
