import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import data from '../../../content/quiz/self-assessment.json';
import { measure } from '../../lib/readability';
import { parseQuiz } from '../../schemas/quiz';
import { redFlags } from '../../lib/red-flags-as-written';
import { initialState, reduce, resultOf, shapeOf, showsUrgentCard, type QuizEvent } from './self-assessment';

const FILE = 'content/quiz/self-assessment.json';
const GUIDES = readdirSync(new URL('../../../content/guides/', import.meta.url))
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.replace(/\.mdx$/, ''));
const quiz = parseQuiz(data, FILE, GUIDES, redFlags);
const clone = (): typeof data => structuredClone(data);

/** Every string in the data that a reader sees (skips ids and slugs). */
function prose(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'id' || key === 'slug' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => prose(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => prose(v, k));
  return [];
}

describe('quiz schema', () => {
  it('accepts the quiz data, with five signs', () => {
    expect(quiz.signs.map((s) => s.id)).toEqual(['no-clear-cause', 'stress-or-sleep', 'cut-off', 'exercise-not-helped', 'trauma-or-anxiety']);
  });

  it('rejects a guide slug that is not a file in content/guides, naming the file and field', () => {
    const bad = clone();
    bad.signs[2]!.guides[0]!.slug = 'bodyscan';
    expect(() => parseQuiz(bad, FILE, GUIDES, redFlags)).toThrow(
      /^content\/quiz\/self-assessment\.json: [\s\S]*signs\.2\.guides\.0\.slug: Received "bodyscan"; expected one of the guide files/,
    );
    expect(() => parseQuiz(data, FILE, GUIDES.filter((g) => g !== 'red-flags'), redFlags)).toThrow(/cards\.guide\.slug: Received "red-flags"/);
  });

  it('rejects missing or mistyped fields, unknown keys, repeated ids and a sixth sign', () => {
    const noHint = clone() as Record<string, any>;
    delete noHint.signs[0].hint;
    expect(() => parseQuiz(noHint, FILE, GUIDES, redFlags)).toThrow(/signs\.0\.hint: Invalid input: expected string, received undefined/);
    const extra = clone() as Record<string, any>;
    extra.signs[1].colour = 'red';
    expect(() => parseQuiz(extra, FILE, GUIDES, redFlags)).toThrow(/signs\.1: Unrecognized key: "colour"/);
    const repeated = clone();
    repeated.signs[4]!.id = 'cut-off';
    expect(() => parseQuiz(repeated, FILE, GUIDES, redFlags)).toThrow(
      /^content\/quiz\/self-assessment\.json: the data does not match its schema\n {2}- signs: ids must be unique across the quiz and the red flags; repeated: cut-off$/,
    );
    const six = clone();
    six.signs.push({ ...six.signs[0]!, id: 'sixth' });
    expect(() => parseQuiz(six, FILE, GUIDES, redFlags)).toThrow(/signs: Too big: expected array to have exactly 5 items/);
  });
});

describe('quiz content', () => {
  const emergency = quiz.safety.emergency.questions.flatMap((q) => q.signs).join(' | ');
  const urgent = quiz.safety.urgent.questions.flatMap((q) => q.signs).join(' | ');

  // One pattern per sign in content-facts.md section 8, so that none is dropped by an edit.
  it.each([
    /both legs/, /sciatica .* both sides/, /severe or getting worse/, /saddle numbness/, /peeing/, /bladder or bowel control/,
    /erection/, /tingling around your genitals/, /wipe yourself/, /bladder is full/, /feeling when you pee or poo/, /new leaking/, /chest pain/, /serious accident/, /small fall or knock.*osteoporosis.*steroid/,
  ])('lists the emergency sign %s', (pattern) => expect(emergency).toMatch(pattern));

  it.each([
    /high temperature/, /shivery/, /weight loss without trying/, /lump or swelling/, /changed shape/, /worse at night/,
    /sneeze, cough or poo/, /between your shoulder blades/, /cancer in the past/, /immune system is weak/, /inject drugs/,
    /after the age of 50/,
  ])('lists the urgent sign %s', (pattern) => expect(urgent).toMatch(pattern));

  it('covers inflammatory back pain as a routine note, not an alarm', () => {
    expect(quiz.safety.urgent.note).toMatch(/stiff in the morning.*not usually urgent.*routine/);
  });

  it('offers 999, 911 and 112 on the emergency card and NHS 111 on the urgent one', () => {
    expect(quiz.care.emergency.calls).toEqual(['999', '911', '112']);
    expect(quiz.care.urgent.calls).toEqual(['111']);
  });

  it('asks about cancer, immune system and drugs only with new or changed back pain', () => {
    const history = quiz.safety.urgent.questions.find((q) => q.id === 'health-history');
    expect(history?.legend).toMatch(/back pain new or has it changed/);
  });

  it('points each sign to the guides the issue names', () => {
    const slugs = Object.fromEntries(quiz.signs.map((s) => [s.id, s.guides.map((g) => g.slug)]));
    expect(slugs['stress-or-sleep']).toEqual(expect.arrayContaining(['breath-anchoring', 'somatic-tracking']));
    expect(slugs['cut-off']).toContain('body-scan');
    expect(slugs['trauma-or-anxiety']).toContain('trauma-informed-practice');
  });

  it('reads at grade 8 or below, with few sentences over 20 words', () => {
    const text = prose(data).map((s) => (/[.!?]$/.test(s) ? s : `${s}.`)).join('\n\n');
    const r = measure(text);
    expect(r.grade).toBeLessThanOrEqual(8);
    expect(r.longSentences).toBeLessThanOrEqual(3);
  });

  it('never overclaims', () => {
    const all = prose(data).join(' ');
    expect(all).not.toMatch(/\b(cures?|heal(s|ing)?|proven|guarantee|miracle|TODO|lorem)\b/i);
  });
});

describe('each red flag in the data leads to its card', () => {
  const shape = shapeOf(quiz);
  const run = (events: QuizEvent[]) => events.reduce((st, e) => reduce(st, e, shape), initialState);
  const say = (ids: readonly string[], yes: string | null): QuizEvent[] => [
    ...ids.map((id): QuizEvent => ({ type: 'answer', id, value: id === yes ? 'yes' : 'no' })),
    { type: 'continue' },
  ];

  it.each(shape.emergency)('emergency question "%s": Yes stops on the emergency card', (id) => {
    const s = run(say(shape.emergency, id));
    expect(s.step).toEqual({ view: 'stop' });
    expect(resultOf(s, shape)).toBeNull();
  });

  it.each(shape.urgent)('urgent question "%s": Yes puts the urgent card above the signs', (id) => {
    const s = run([...say(shape.emergency, null), ...say(shape.urgent, id)]);
    expect(s.step).toEqual({ view: 'sign', index: 0 });
    expect(showsUrgentCard(s, shape)).toBe(true);
  });
});
