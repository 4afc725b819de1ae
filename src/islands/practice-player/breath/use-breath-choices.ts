import { readSaved, useSaved } from '../../../lib/use-saved';
import { BREATH_KEY, DEFAULT_BREATH, parseBreath, type BreathChoices } from './breath-practice';

/** Reads the breath practice's saved choices; unreadable data is set aside and the usual ones used. */
export const readBreathChoices = (): BreathChoices => readSaved(BREATH_KEY, parseBreath, DEFAULT_BREATH);

/** The breath practice's choices, read once, saved on every change. */
export const useBreathChoices = () => useSaved(BREATH_KEY, parseBreath, DEFAULT_BREATH);
