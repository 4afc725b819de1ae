import { useEffect, useRef } from 'preact/hooks';
import { playCue, vibrate } from '../../lib/sound';
import { createScreenKeeper, type ScreenKeeper } from '../../lib/wake-lock';
import type { Cue, TimerState } from './breath-timer';
import type { Settings } from './settings';

/**
 * The timer's effects on the world: each new cue is played once (chime, bell, vibration), and the
 * screen is kept awake while the timer runs (the keeper takes the lock again when the page returns).
 */
export function usePracticeEffects(state: TimerState, settings: Settings): void {
  const played = useRef<Cue | null>(null);
  useEffect(() => {
    const cue = state.cue;
    if (!cue || cue === played.current) return;
    played.current = cue;
    const end = cue.kind === 'end';
    if (end ? settings.chime : settings.bells) playCue(end ? 'chime' : 'bell', end ? settings.chimeVolume : settings.bellVolume);
    if (settings.vibrate) vibrate(end ? [300, 150, 300] : 120);
  }, [state.cue]);

  const keeper = useRef<ScreenKeeper | null>(null);
  useEffect(() => {
    keeper.current = createScreenKeeper();
    return () => keeper.current?.dispose();
  }, []);
  useEffect(() => keeper.current?.keepAwake(state.phase === 'running'), [state.phase]);
}
