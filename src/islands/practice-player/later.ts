// The parts a session needs only later, fetched as it starts (or, for the note that saved choices
// could not be read, when that happens): the question before a reset, the end view with its journal
// hand-off, and the further help and crisis lines under the grounding words (which are in the island's first
// download themselves, so they show even if this never arrives).
export { ConfirmReset } from './ConfirmReset';
export { EndView } from './EndView';
export { GroundingMore } from '../../components/safety/GroundingMore';
export { SettingsKeptAside } from './SettingsKeptAside';
