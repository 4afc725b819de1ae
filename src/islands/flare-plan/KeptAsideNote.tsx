import { browserStorage } from '../../lib/safe-storage';
import { download } from './use-flare-plan';

/** Said when a saved plan could not be read: it was kept aside, untouched, and can be downloaded. */
export function KeptAsideNote({ keptAsideKey }: { keptAsideKey: string }) {
  const save = () => download('flare-plan-kept-aside.json', browserStorage()?.getItem(keptAsideKey) ?? '');
  return (
    <div class="fp-note" role="status">
      <p>
        We could not read the flare plan saved in this browser. We kept it aside, untouched, so nothing is lost. You can
        save a copy of it, or write a new plan.
      </p>
      <button type="button" class="lb-button" onClick={save}>
        Save a copy of the old plan
      </button>
    </div>
  );
}
