import { useState } from 'preact/hooks';
import { browserStorage, loadJson, saveJson } from '../../../lib/safe-storage';
import { BREATH_KEY, DEFAULT_BREATH, parseBreath, type BreathChoices } from './breath-practice';

/** Reads the breath practice's saved choices; unreadable data is set aside (safe-storage) and the usual ones used. */
export function readBreathChoices(): BreathChoices {
  const got = loadJson(browserStorage(), BREATH_KEY, parseBreath, Date.now());
  return got.status === 'ok' ? got.value : DEFAULT_BREATH;
}

/** The breath practice's choices, read once, saved on every change. */
export function useBreathChoices(): [BreathChoices, (patch: Partial<BreathChoices>) => void] {
  const [choices, setChoices] = useState(readBreathChoices);
  const update = (patch: Partial<BreathChoices>) => {
    const next = { ...choices, ...patch };
    saveJson(browserStorage(), BREATH_KEY, next);
    setChoices(next);
  };
  return [choices, update];
}
