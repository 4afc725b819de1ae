import type { PendulationData, Sensation } from '../../schemas/pendulation';
import { DISCOMFORT_PLACES, EASE_PLACES, GENERIC, phraseOf } from './places';
import { inSession, isPausedState, type State } from './pendulation-guide';
import type { Settings } from './settings';

/** The words shown for one step: a title, the guiding text, and an optional sensation prompt. */
export interface StepWords {
  title: string;
  text: string;
  prompt?: { name: string; text: string } | undefined;
}

/** How the guide names the chosen place of ease and of discomfort. */
export function placePhrases(settings: Settings): { ease: string; discomfort: string } {
  return {
    ease: phraseOf(settings.ease, EASE_PLACES, GENERIC.ease),
    discomfort: phraseOf(settings.discomfort, DISCOMFORT_PLACES, GENERIC.discomfort),
  };
}

/** Puts the place into a text that holds {place}. */
export function fill(text: string, place: string): string {
  return text.split('{place}').join(place);
}

/** The sensation prompt for the nth ease or discomfort phase (n from 1), rotating through the list. */
export function sensationFor(step: number, sensations: readonly Sensation[]): Sensation | undefined {
  return sensations[(Math.max(1, step) - 1) % sensations.length];
}

/** What the current phase shows. Only meaningful in a session or its end steps. */
export function phaseWords(s: State, data: PendulationData): StepWords {
  const places = placePhrases(s.settings);
  const st = data.steps;
  const sensation = sensationFor(s.step, data.sensations);
  switch (s.phase) {
    case 'ease':
      return { ...st.ease, text: fill(st.ease.text, places.ease), prompt: sensation && { name: sensation.name, text: sensation.ease } };
    case 'discomfort':
      return {
        ...st.discomfort,
        text: fill(st.discomfort.text, places.discomfort),
        prompt: sensation && { name: sensation.name, text: sensation.discomfort },
      };
    case 'check-in':
      return { title: st.checkIn.title, text: st.checkIn.text };
    case 'closing':
      return st.closing;
    case 'grounding':
      return st.grounding;
    default:
      return st.reflection;
  }
}

/** The polite announcement for the current phase: changes only when the phase (or pause) changes. */
export function announcement(s: State, data: PendulationData): string {
  if (s.phase === 'setup') return '';
  const w = phaseWords(s, data);
  const round = s.phase === 'discomfort' ? ` Visit ${s.visits} of ${s.settings.rounds}.` : '';
  const paused = inSession(s) && isPausedState(s) ? ' Paused.' : '';
  const prompt = w.prompt ? ` ${w.prompt.text}` : '';
  return `${w.title}.${round} ${w.text}${prompt}${paused}`;
}

/** The whole practice as a numbered script, for reading ahead and for when JavaScript is off. */
export function scriptSteps(settings: Settings, data: PendulationData): StepWords[] {
  const places = placePhrases(settings);
  const st = data.steps;
  const names = data.sensations.map((x) => x.name.toLowerCase());
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
  return [
    st.settle,
    { title: `${st.ease.title}, about ${settings.easeSeconds} seconds`, text: `${fill(st.ease.text, places.ease)} You might notice ${list}.` },
    { title: `${st.discomfort.title}, about ${settings.discomfortSeconds} seconds`, text: fill(st.discomfort.text, places.discomfort) },
    { title: st.checkIn.title, text: st.checkIn.script },
    { title: 'Back to ease', text: fill(st.ease.text, places.ease) },
    {
      title: 'Repeat, if it feels right',
      text: `Swing between ease and a short visit ${settings.rounds === 1 ? 'once' : `${settings.rounds} times`}. Always come back to ease at the end.`,
    },
    st.closing,
    st.reflection,
  ];
}
