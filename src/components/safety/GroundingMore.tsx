import type { ComponentChildren } from 'preact';
import { CrisisLines } from './CrisisLines';

interface Props {
  /** The heading's level where it sits: h3 in the practice player, h4 in the pendulation guide. */
  heading?: 'h3' | 'h4';
  /** Extra steps for this practice, as <li> elements (pendulation: rest on the place of ease). */
  children?: ComponentChildren;
}

/**
 * For a reader not yet steady after "Stop and ground": more ways to steady yourself, then the crisis
 * lines (tap-to-call links). One text for the practice player and the pendulation guide.
 */
export function GroundingMore({ heading = 'h3', children }: Props) {
  const Heading = heading;
  return (
    <>
      <Heading>Not steady yet?</Heading>
      <p>That is OK. You can stay here a little longer:</p>
      <ul>
        <li>Keep your eyes open and look around the room.</li>
        <li>Name five things you can see.</li>
        <li>Press your feet into the floor and feel it push back.</li>
        <li>Breathe out slowly, a little longer than you breathe in.</li>
        {children}
      </ul>
      <CrisisLines />
    </>
  );
}
