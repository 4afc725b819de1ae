import type { ComponentType } from 'preact';
import type { Script } from './plan';
import type { PlayerEvent, PlayerState } from './practice-player';

/**
 * What the player hands a practice's own behaviour (breath/, pendulation/): parts of the focused view
 * it may fill, fetched only for a practice that has one (its script's `behaviour`). It keeps no time
 * of its own: it reads the player's one clock (`state`, `now`) and sends events back through the player.
 */
export interface BehaviourProps {
  /** Prefix for element ids (from useId). */
  id: string;
  /** `session` under the current words while a session runs or is paused; `end` in the closing view. */
  part: 'session' | 'end';
  state: PlayerState;
  now: number;
  /** Sends an event to the player (a return counted, a skip, a reshaped plan). */
  send(e: PlayerEvent): void;
}

/**
 * A behaviour, as its module gives it: its view; a part for the bar with Pause and "Stop and ground",
 * pinned within thumb reach, if it has one; and what it does to the script as a session starts or
 * comes back after a reload (fill in the reader's words), if anything.
 */
export interface Behaviour {
  View: ComponentType<BehaviourProps>;
  Bar?: ComponentType<BehaviourProps> | undefined;
  prepare?(script: Script): Script;
}

/** The practices' own behaviours a script can name. */
export const BEHAVIOURS = ['breath', 'pendulation'] as const;
