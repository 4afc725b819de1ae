import { useEffect, useState } from 'preact/hooks';
import { browserStorage, loadJson, saveJson, type LoadResult, type SaveResult } from '../../lib/safe-storage';
import { PLAN_KEY, parsePlan, type FlarePlan } from './flare-plan';

/** The saved flare plan, read once after hydration; `save` and `remove` write it back. */
export function useFlarePlan() {
  const [loaded, setLoaded] = useState<LoadResult<FlarePlan> | null>(null);
  useEffect(() => setLoaded(loadJson(browserStorage(), PLAN_KEY, parsePlan, Date.now())), []);
  const save = (plan: FlarePlan): SaveResult => {
    const result = saveJson(browserStorage(), PLAN_KEY, plan);
    if (result.ok) setLoaded({ status: 'ok', value: plan });
    return result;
  };
  const remove = () => {
    try {
      browserStorage()?.removeItem(PLAN_KEY);
    } catch {
      // Storage blocked: nothing was kept.
    }
    setLoaded({ status: 'empty' });
  };
  return { loaded, save, remove };
}

/** Downloads text as a file the reader keeps (used for a plan kept aside). */
export function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
