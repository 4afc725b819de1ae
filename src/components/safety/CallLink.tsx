import numbers from '../../../content/safety/phone-numbers.json';

/** A number the site shows: a key of content/safety/phone-numbers.json ("999", "116 123"). */
export type PhoneKey = keyof typeof numbers;

interface Props {
  /** Which number, as written ("999", "116 123"). */
  number: string;
  /** "Call 999" at the start of a sentence; default "call 999". */
  capital?: boolean;
  /** An sms: link ("text 988") instead of a call, for lines that take texts. */
  text?: boolean;
  /** A big button-like link with where it works ("Call 999 (UK)"), for care cards. */
  button?: boolean;
}

/**
 * A tap-to-call link whose words say what it does ("call 999"). The numbers live in one file,
 * content/safety/phone-numbers.json, checked by src/schemas/red-flags.ts at build time.
 */
export function CallLink({ number, capital = false, text = false, button = false }: Props) {
  const phone = (numbers as Record<string, { tel: string; call: string; text?: string; where: string }>)[number];
  if (!phone) throw new Error(`CallLink: received number "${number}"; expected one of ${Object.keys(numbers).join(', ')}`);
  if (text && !phone.text) throw new Error(`CallLink: ${number} takes no text messages`);
  const words = text ? phone.text! : phone.call;
  const label = capital || button ? words[0]!.toUpperCase() + words.slice(1) : words;
  return (
    <a class={button ? 'lb-call lb-call--button' : 'lb-call'} href={`${text ? 'sms' : 'tel'}:${phone.tel}`}>
      {label}
      {button && ` (${phone.where})`}
    </a>
  );
}
