import type { Ref } from 'preact';
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

/** After a session: grounding (after "Stop and ground"), then the reflection with the journal invitation. */
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
          <p>
            Some back symptoms need a doctor soon. If you are unsure, read the <a href={RED_FLAGS}>red flags for back pain</a>.
          </p>
          <button type="button" class="pg-button pg-primary" onClick={onFinish}>
            I feel steady now
          </button>
        </>
      ) : (
        <>
          <p>
            If you like, you can <a href={journalHref(minutesOf(state))}>note it in your journal</a>. A line or two is plenty.
            Read more about <a href={JOURNALING}>interoceptive journaling</a>.
          </p>
          <button type="button" class="pg-button" onClick={onRestart}>
            Start again
          </button>
        </>
      )}
    </div>
  );
}
