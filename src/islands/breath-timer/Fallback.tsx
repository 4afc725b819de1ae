/**
 * What the island shows before its script runs, and for good when JavaScript is off: the practice
 * and how to time it with a phone. No controls, so nothing is dead. BreathTimer.astro renders it on
 * the server and hands it to the island as children, so its words ship as HTML, not as script.
 */
export function Fallback({ minutes }: { minutes: number }) {
  return (
    <div class="bt-fallback">
      <p>The timer needs JavaScript, which is off or still loading. You can use the clock app on your phone instead:</p>
      <ol class="bt-steps">
        <li>Set a timer for {minutes} minutes, or less if you prefer.</li>
        <li>Pick a soft sound for the end, or vibrate only.</li>
        <li>Start it, and put the phone face down nearby.</li>
        <li>Rest your attention on your belly as you breathe.</li>
        <li>When your mind wanders, gently come back. Each return is the practice.</li>
        <li>When the timer sounds, let your attention widen to the room.</li>
      </ol>
      <p>You can stop at any time.</p>
    </div>
  );
}
