import type { Section } from '../schemas/guide';

/** One sentence per section, shown on its index page and used as its meta description. */
export const SECTION_INTROS: Record<Section, string> = {
  'start-here': 'What interoception is, whether it might help you, and how to practise it safely.',
  'core-practices': 'Three gentle practices to begin with: breath anchoring, the body scan and somatic tracking.',
  'advanced-practices': 'Practices for when the basics feel steady: pendulation, small movements and a journal.',
  'going-further': 'How trauma shapes body awareness, gentle movement, common mistakes and a daily ritual.',
  safety: 'The signs that mean you should stop and get medical help, and when to pause the practices.',
};
