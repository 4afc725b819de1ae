import { useCallback, useState } from 'preact/hooks';
import { keepStorage, type KeepStorageAnswer } from './persist-storage';

/**
 * For a widget that saves what the reader wrote: `ask()` after a successful save asks the browser to
 * keep the site's storage (src/lib/persist-storage.ts, once per page load); `answer` is null until
 * the browser has answered, then what to tell the reader with keepStorageMessage().
 */
export function useKeepStorage(): { answer: KeepStorageAnswer | null; ask: () => void } {
  const [answer, setAnswer] = useState<KeepStorageAnswer | null>(null);
  const ask = useCallback(() => void keepStorage().then(setAnswer), []);
  return { answer, ask };
}
