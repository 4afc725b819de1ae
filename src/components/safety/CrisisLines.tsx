import { CallLink } from './CallLink';

/**
 * What to do in a crisis, in one paragraph with tap-to-call links, for pages (CrisisLines.astro) and
 * widgets alike, so the numbers never drift apart.
 */
export function CrisisLines() {
  return (
    <p class="lb-crisis">
      If you feel unsafe or in crisis: in the UK, <CallLink number="999" /> or <CallLink number="116 123" />. In the US,{' '}
      <CallLink number="911" />, or <CallLink number="988" /> or <CallLink number="988" text />. Elsewhere, call your local
      emergency number (in the EU, <CallLink number="112" />). To find a crisis line where you live, you can ask a doctor or
      pharmacist, or search for "crisis line" and the name of your country.
    </p>
  );
}
