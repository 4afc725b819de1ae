import { CrisisLines } from '../../components/safety/CrisisLines';

/** Under the grounding words: more ways to steady yourself, then the crisis lines (tap-to-call links). */
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
