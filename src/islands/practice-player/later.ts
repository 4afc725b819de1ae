// The parts of the focused view a session needs only near its end, fetched as the session starts:
// the end view with its journal hand-off, and the crisis lines under the grounding words (which
// themselves are in the island's first download, so they show even if this never arrives).
export { CrisisLines } from '../../components/safety/CrisisLines';
export { EndView } from './EndView';
