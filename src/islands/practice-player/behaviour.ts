import type { PlayerState } from './practice-player';

/**
 * What the player hands a practice's own behaviour (breath/Breath.tsx): a part of the focused view
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
  /** The reader came back to their anchor. */
  onReturn(): void;
}

/** The practices' own behaviours a script can name. */
export const BEHAVIOURS = ['breath'] as const;

/** A behaviour's name. */
export type BehaviourName = (typeof BEHAVIOURS)[number];
