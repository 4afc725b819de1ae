import type { Behaviour, BehaviourProps } from '../behaviour';
import type { Script } from '../plan';
import { BackToEase } from './BackToEase';
import { CheckIn } from './CheckIn';
import { fillPlaces, phrasesOf } from './places';
import { readPlaces } from './use-places';

/** The script with the reader's places in its words (the usual ones until they choose). */
function prepare(script: Script): Script {
  const phrases = phrasesOf(readPlaces());
  return { ...script, steps: script.steps.map((s) => ({ ...s, text: fillPlaces(s.text, phrases) })) };
}

/** The view's part: the check-in's question while a session runs or is paused; nothing at the end. */
function View(p: BehaviourProps) {
  return p.part === 'session' ? <CheckIn {...p} /> : null;
}

/** Pendulation's behaviour module, as the player fetches it: places, Back to ease, and the dose. */
export const behaviour: Behaviour = { View, Bar: BackToEase, prepare };
