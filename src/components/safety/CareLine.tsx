import { splitCallTokens } from './call-tokens';
import { CallLink } from './CallLink';

/** One line of care advice, with each "{111}" token as a call link. */
export function CareLine({ line }: { line: string }) {
  return (
    <p>
      {splitCallTokens(line).map((part) => (typeof part === 'string' ? part : <CallLink number={part.number} text={part.text} />))}
    </p>
  );
}
