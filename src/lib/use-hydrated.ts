import { useEffect, useState } from 'preact/hooks';

/**
 * False in the server-rendered HTML and the first client render, true once the island runs.
 * Controls that need JavaScript render `disabled` until then (GOV.UK's progressive enhancement).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
