import { CrisisLines } from './CrisisLines';

/**
 * For a reader not yet steady after "Stop and ground": more ways to steady yourself, then the crisis
 * lines (tap-to-call links), in the practice player's grounding view.
 */
export function GroundingMore() {
  return (
    <>
      <h3>Not steady yet?</h3>
      <p>That is OK. You can stay here a little longer:</p>
      <ul>
        <li>Keep your eyes open and look around the room.</li>
        <li>Name five things you can see.</li>
        <li>Press your feet into the floor and feel it push back.</li>
        <li>Breathe out slowly, a little longer than you breathe in.</li>
      </ul>
      <CrisisLines />
    </>
  );
}
