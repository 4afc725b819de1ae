import type { JournalEvent, JournalState } from './journal-state';

/** Props every part of the journal gets: the state to show and a way to send events. */
export interface PartProps {
  state: JournalState;
  send: (event: JournalEvent) => void;
}
