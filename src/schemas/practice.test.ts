import { describe, expect, it } from 'vitest';
import { practiceSchema } from './practice';

const good = {
  title: 'Tiny practice',
  lengths: [3, 5],
  defaultMinutes: 3,
  grounding: 'You have stopped, and that is fine. Look around the room.',
  steps: [
    { kind: 'cue', safety: true, text: 'You can stop at any time. To stop, open your eyes and look around.' },
    { kind: 'silence', share: 1, text: 'Resting.' },
    { kind: 'check-in', safety: true, text: 'How is this? You can stop whenever you like.' },
    { kind: 'cue', from: 5, text: 'Notice your feet.' },
    { kind: 'silence', from: 5, share: 1, text: 'Your feet.' },
    { kind: 'cue', safety: true, text: 'To finish, open your eyes and look around.' },
  ],
};

/** Every problem zod reports, as "path: message". */
function problems(data: unknown): string[] {
  const result = practiceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const withStep = (i: number, patch: Record<string, unknown>) => ({ ...good, steps: good.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });

describe('practice script schema', () => {
  it('accepts a good script and fills the defaults', () => {
    const parsed = practiceSchema.parse(good);
    expect(parsed.steps[1]).toEqual({ kind: 'silence', share: 1, safety: false, text: 'Resting.' });
    expect(parsed.steps[0]!.share).toBe(0);
  });

  it('names the field of each problem', () => {
    expect(problems({ ...good, defaultMinutes: 10 })).toEqual(['defaultMinutes: must be one of lengths (3, 5)']);
    expect(problems({ ...good, lengths: [5, 3] })).toEqual(['lengths: must be in order, shortest first, each once']);
    expect(problems({ ...good, lengths: [3, 7], defaultMinutes: 3 })).toEqual(['lengths.1: must be one of 2, 3, 5, 10, 15, 20']);
    expect(problems(withStep(1, { share: 0 }))).toEqual(['steps.1.share: a silence needs a share above 0']);
    expect(problems(withStep(2, { text: 'How is this going for you?' }))).toEqual(['steps.2.text: a check-in must say the reader can stop']);
    expect(problems(withStep(5, { from: 5 }))).toEqual(['steps.5.from: a safety cue is kept in every length, so it cannot have "from"']);
    expect(problems(withStep(3, { until: 3 }))).toEqual(['steps.3.until: must be longer than "from", or the step is never used']);
    expect(problems(withStep(3, { text: 'Notice your feet (and toes).' }))).toEqual([
      'steps.3.text: must be plain words a voice can say: no brackets, symbols or abbreviations',
    ]);
    expect(problems(withStep(3, { text: 'Notice your feet, e.g. the soles.' }))).toHaveLength(1);
    expect(problems({ ...good, extra: 1 })).toHaveLength(1);
  });

  it('checks end offers: lengths the script has, and an element id to go to', () => {
    const offers = { say: 'If you like, carry on.', again: { minutes: 5, label: '5 more minutes' }, goTo: { label: 'Go to your plan', target: 'flare-plan-title' } };
    expect(practiceSchema.parse({ ...good, offers }).offers).toEqual(offers);
    expect(problems({ ...good, offers: { ...offers, again: { minutes: 10, label: 'More' } } })).toEqual(['offers.again.minutes: must be one of lengths (3, 5)']);
    expect(problems({ ...good, offers: { ...offers, goTo: { label: 'Go', target: '#plan' } } })).toEqual(['offers.goTo.target: must be an element id in kebab-case']);
  });

  it('wants the first step to say how to stop, and the last to ground', () => {
    expect(problems(withStep(0, { text: 'Welcome to this practice.' }))).toEqual([
      'steps.0: the first step must be a safety cue that says you can stop at any time, and how',
    ]);
    expect(problems(withStep(5, { safety: false }))).toEqual(['steps.5: the last step must be a safety cue that grounds']);
  });

  it('fails a length the words do not fit, naming the length and pace', () => {
    const long = Array.from({ length: 4 }, () => 'Notice your breath as it is, slowly and kindly, without changing it.').join(' ');
    const steps = [...good.steps.slice(0, 3), ...Array.from({ length: 12 }, () => ({ kind: 'cue', from: 5, text: long })), ...good.steps.slice(3)];
    expect(problems({ ...good, steps })).toEqual([
      expect.stringMatching(/^lengths: 5 minutes at the usual pace: the words and shortest silences need \d+ s, more than the 300 s there is$/),
      expect.stringMatching(/^lengths: 5 minutes at the slower pace: /),
    ]);
  });
});

describe('pendulation in a script: places and roles', () => {
  it('takes {ease} and {discomfort} and roles only with the pendulation behaviour', () => {
    const placed = withStep(3, { text: 'Now notice {ease}.', role: 'visit' });
    expect(problems(placed)).toEqual([
      'steps.3.text: {ease} and {discomfort} are for the pendulation behaviour only',
      'steps.3.role: a role is for the pendulation behaviour only',
    ]);
    expect(problems({ ...placed, behaviour: 'pendulation' })).toEqual([]);
    expect(problems({ ...withStep(3, { text: 'Now notice {elbow}.' }), behaviour: 'pendulation' })).toEqual([
      'steps.3.text: must be plain words a voice can say: no brackets, symbols or abbreviations',
    ]);
    expect(problems({ ...withStep(3, { role: 'detour' }), behaviour: 'pendulation' })).toHaveLength(1);
  });

  it('plans each length with the longest places a reader may choose, so any choice fits', () => {
    // Seventeen cues that fit a 5-minute session with one-word places, but not, at the slower pace, with eight-word ones.
    const cue = 'Rest on {ease} and then on {discomfort}, a little, with kindness.';
    const steps = [...good.steps.slice(0, 3), ...Array.from({ length: 17 }, () => ({ kind: 'cue', from: 5, text: cue })), ...good.steps.slice(3)];
    const oneWord = { ...good, steps: steps.map((s) => ({ ...s, text: s.text.replace(/\{(ease|discomfort)\}/g, 'place') })) };
    expect(problems(oneWord)).toEqual([]);
    expect(problems({ ...good, behaviour: 'pendulation', steps })).toEqual([expect.stringMatching(/^lengths: 5 minutes at the slower pace: /)]);
  });

  it('takes the words for the start button on the practice\'s guide', () => {
    expect(practiceSchema.parse({ ...good, start: 'Start with the usual settings' }).start).toBe('Start with the usual settings');
    expect(problems({ ...good, start: 'S' })).toHaveLength(1);
  });
});
