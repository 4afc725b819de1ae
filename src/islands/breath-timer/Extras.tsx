import { useState } from 'preact/hooks';
import { useLazy } from '../../lib/use-lazy';
import type { ExtrasPanelProps } from './ExtrasPanel';
import { BELL_EVERY_MINUTES, PACES } from './settings';

/** Props for the sound, bell and pacer settings. */
export type ExtrasProps = Omit<ExtrasPanelProps, 'choices'>;

// The panel gets settings.ts's lists from here: were it to import them itself, the bundler would
// move settings.ts out of the timer's main chunk into a shared one, one more file on every load.
const CHOICES = { bellEvery: BELL_EVERY_MINUTES, pace: PACES };

/**
 * Optional cues, in a native disclosure (<details>: Enter or Space on the summary opens it,
 * as in https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/). The settings inside (ExtrasPanel)
 * load the first time it opens, so they stay out of the timer's first download.
 */
export function Extras(props: ExtrasProps) {
  const [opened, setOpened] = useState(false);
  const Panel = useLazy(opened, () => import('./extras-chunk').then((m) => m.ExtrasPanel));
  return (
    <details class="bt-extras" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary class="bt-summary-toggle">Sound, bells and breath pacer</summary>
      {Panel && <Panel {...props} choices={CHOICES} />}
    </details>
  );
}
