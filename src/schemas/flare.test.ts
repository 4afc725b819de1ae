import { describe, expect, it } from 'vitest';
import data from '../../content/flare/flare.json';
import { parseFlare } from './flare';

describe('content/flare/flare.json', () => {
  it('parses, with the six parts of a flare plan', () => {
    expect(parseFlare(data).plan.fields.map((f) => f.id)).toEqual(['helps', 'avoid', 'can-do', 'contacts', 'tell-myself', 'seek-help']);
  });

  it('names the file and field when a part has no label', () => {
    const bad = structuredClone(data) as Record<string, any>;
    delete bad.plan.fields[2].label;
    expect(() => parseFlare(bad)).toThrow(/^content\/flare\/flare\.json: [\s\S]*plan\.fields\.2\.label: Invalid input/);
  });
});
