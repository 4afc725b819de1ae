import { describe, expect, it } from 'vitest';
import data from '../../../content/journal/sensations.json';
import { parseJournalData } from '../../schemas/journal';

const FILE = 'content/journal/sensations.json';

describe('journal data (content/journal/sensations.json)', () => {
  it('is valid and offers the sensation words the issue names', () => {
    const words = parseJournalData(data, FILE).sensations.map((s) => s.word);
    for (const w of ['softening', 'warmth', 'tingling', 'lengthening', 'pulsing', 'heaviness', 'numbness', 'tightness', 'emotion rising']) {
      expect(words).toContain(w);
    }
  });

  it('fails with the file and field named for a word that is not lower case', () => {
    const bad = { ...data, sensations: [{ word: 'Warmth', hint: 'warm' }, ...data.sensations.slice(1)] };
    expect(() => parseJournalData(bad, FILE)).toThrow(
      /^content\/journal\/sensations\.json: the data does not match its schema\n {2}- sensations\.0\.word: must be lower-case words/,
    );
  });

  it('fails for a repeated word, a prompt that is not a question, and an unknown field', () => {
    expect(() => parseJournalData({ ...data, sensations: [...data.sensations, data.sensations[0]] }, FILE)).toThrow(
      /each sensation word must appear only once/,
    );
    expect(() => parseJournalData({ ...data, prompts: ['Write about your day.', ...data.prompts] }, FILE)).toThrow(
      /\n {2}- prompts\.0: must be a question/,
    );
    expect(() => parseJournalData({ ...data, extra: true }, FILE)).toThrow(/\n {2}- \(root\): Unrecognized key: "extra"/);
  });
});
