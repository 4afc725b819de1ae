/** Site links the pendulation guide offers: the shared ones (src/lib/links.ts), with its journal hand-off. */
import { journalHref as journalFor } from '../../lib/links';

export { JOURNALING, RED_FLAGS } from '../../lib/links';

/** The journal, told that pendulation was done and for how long. */
export function journalHref(minutes: number | null): string {
  return journalFor('pendulation', minutes);
}
