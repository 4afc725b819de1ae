import { splitPhoneNumbers } from './flare-plan';

/** What a reader wrote, line by line, with each phone number a tap-to-call link. */
export function PlanText({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <p key={i} class="fp-line">
          {splitPhoneNumbers(line).map((part, j) =>
            typeof part === 'string' ? part : (
              <a key={j} href={`tel:${part.tel}`}>
                {part.number}
              </a>
            ),
          )}
        </p>
      ))}
    </>
  );
}
