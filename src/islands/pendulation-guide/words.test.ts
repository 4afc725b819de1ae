import { describe, expect, it } from 'vitest';
import raw from '../../../content/pendulation/prompts.json';
import { parsePendulationData } from '../../schemas/pendulation';
import { initialState, reducer, type State } from './pendulation-guide';
import { DEFAULT_SETTINGS } from './settings';
import { announcement, fill, phaseWords, placePhrases, scriptSteps, sensationFor } from './words';

const FILE = 'content/pendulation/prompts.json';
const data = parsePendulationData(raw, FILE);
const T0 = 5_000_000;

describe('the data file', () => {
  it('passes the schema and holds the five sensations in order', () => {
    expect(data.sensations.map((s) => s.id)).toEqual(['temperature', 'movement', 'edges', 'texture', 'weight']);
  });

  it('never promises a cure', () => {
    expect(JSON.stringify(raw)).not.toMatch(/\b(cure|heal|proven)/i);
  });

  it('bad data fails with the file and each field named', () => {
    const bad = structuredClone(raw) as { steps: { ease: { text: string } }; sensations: { id: string }[] };
    bad.steps.ease.text = 'Rest here for a while.';
    bad.sensations[1]!.id = 'temperature';
    expect(() => parsePendulationData(bad, FILE)).toThrowError(
      `${FILE}: the data does not match its schema\n  - sensations: each sensation id may appear only once\n  - steps.ease.text: text must contain {place}, where the chosen place goes`,
    );
    expect(() => parsePendulationData({ ...raw, extra: 1 }, FILE)).toThrowError(/prompts\.json: the data does not match its schema\n {2}- \(root\): Unrecognized key: "extra"/);
  });
});

describe('place words', () => {
  it('names listed places, own words as written, and a gentle generic when own words are empty', () => {
    expect(placePhrases(DEFAULT_SETTINGS)).toEqual({ ease: 'your hands', discomfort: 'your lower back' });
    expect(
      placePhrases({ ...DEFAULT_SETTINGS, ease: { id: 'own', words: '  the sound of rain ' }, discomfort: { id: 'own', words: '   ' } }),
    ).toEqual({ ease: 'the sound of rain', discomfort: 'your place of discomfort' });
    expect(placePhrases({ ...DEFAULT_SETTINGS, ease: { id: 'own', words: '' }, discomfort: { id: 'hips', words: 'x' } })).toEqual({
      ease: 'your place of ease',
      discomfort: 'your hips',
    });
  });

  it('fills every {place}', () => {
    expect(fill('{place} and {place}', 'your feet')).toBe('your feet and your feet');
  });
});

describe('phase words', () => {
  const s = reducer(initialState({ ...DEFAULT_SETTINGS, ease: { id: 'feet', words: '' } }), { type: 'start', now: T0 });

  it('rotate the sensation prompt with each ease or discomfort phase, wrapping after the last', () => {
    expect([1, 2, 5, 6].map((n) => sensationFor(n, data.sensations)?.id)).toEqual(['temperature', 'movement', 'weight', 'temperature']);
  });

  it('show the chosen place and the ease version of the prompt during ease', () => {
    expect(phaseWords(s, data)).toEqual({
      title: 'Rest in ease',
      text: 'Let your attention rest on your feet. Take your time. Let this be enough.',
      prompt: { name: 'Temperature', text: data.sensations[0]!.ease },
    });
  });

  it('show the discomfort version during a visit, and announce it with the visit number', () => {
    const d: State = reducer(s, { type: 'tick', now: T0 + 30_000 });
    expect(phaseWords(d, data).prompt).toEqual({ name: 'Movement', text: data.sensations[1]!.discomfort });
    expect(announcement(d, data)).toBe(
      `A short visit. Visit 1 of 3. Now turn gently toward your lower back. Notice it from a distance, as if from across a room. You can go back to ease at any time. ${data.sensations[1]!.discomfort}`,
    );
    expect(announcement(reducer(d, { type: 'pause', now: T0 + 31_000 }), data)).toMatch(/ Paused\.$/);
  });

  it('say nothing before the start, and the step text without a prompt at the end', () => {
    expect(announcement(initialState(), data)).toBe('');
    const g = reducer(s, { type: 'stop', now: T0 + 1 });
    expect(phaseWords(g, data)).toEqual(data.steps.grounding);
    expect(announcement(g, data)).toBe(`Stop and ground. ${data.steps.grounding.text}`);
  });
});

describe('the written script', () => {
  it('holds every step in order, with the chosen places, lengths and rounds', () => {
    const steps = scriptSteps({ ...DEFAULT_SETTINGS, rounds: 1, easeSeconds: 45, discomfortSeconds: 10 }, data);
    expect(steps.map((x) => x.title)).toEqual([
      'Settle',
      'Rest in ease, about 45 seconds',
      'A short visit, about 10 seconds',
      'How was that?',
      'Back to ease',
      'Repeat, if it feels right',
      'Closing',
      'Reflect',
    ]);
    expect(steps[1]!.text).toBe(
      'Let your attention rest on your hands. Take your time. Let this be enough. You might notice temperature, movement, edges, texture or weight.',
    );
    expect(steps[2]!.text).toMatch(/^Now turn gently toward your lower back\./);
    expect(steps[5]!.text).toBe('Swing between ease and a short visit once. Always come back to ease at the end.');
    expect(scriptSteps(DEFAULT_SETTINGS, data)[5]!.text).toMatch(/a short visit 3 times\./);
  });
});
