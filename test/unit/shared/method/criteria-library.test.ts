import { describe, expect, it } from 'vitest';
import { BLANK, CRITERIA_LIBRARY, SOURCES, suggestedCriteriaFor, type LibraryStandardKey } from '../../../../shared/method/criteria-library';
import { hasCriterion, withCriterion } from '../../../../shared/method/criteria-text';
import { DEFAULT_STANDARD_KEYS } from '../../../../shared/method/standards';

/** The ten default standards the library is written for (the seven of METHOD.md and the three AI ones). */
const TEN_DEFAULTS: readonly LibraryStandardKey[] = [
  'security-review',
  'data-governance',
  'monitoring-alerting',
  'fallback-process',
  'documentation',
  'support-model',
  'cost-model',
  'evaluation-quality-gate',
  'human-oversight',
  'ai-risk-assessment',
];

const entries = Object.values(CRITERIA_LIBRARY).flat();
const squash = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('the criteria library', () => {
  it('covers exactly the ten default standards, and every key the app has, with 3–6 suggestions each', () => {
    expect(Object.keys(CRITERIA_LIBRARY).sort()).toEqual([...TEN_DEFAULTS].sort());
    for (const key of DEFAULT_STANDARD_KEYS) expect(TEN_DEFAULTS).toContain(key);
    for (const key of TEN_DEFAULTS) {
      const count = CRITERIA_LIBRARY[key].length;
      expect(count, key).toBeGreaterThanOrEqual(3);
      expect(count, key).toBeLessThanOrEqual(6);
    }
  });

  it('has no empty entry: text, why it matters and a reference in every one', () => {
    const empty = entries.filter((e) => !e.id.trim() || !e.text.trim() || !e.whyItMatters.trim() || !e.reference.trim());
    expect(empty.map((e) => e.id)).toEqual([]);
  });

  it('has no duplicate ids or texts, across all standards', () => {
    const ids = entries.map((e) => e.id);
    const texts = entries.map((e) => squash(e.text));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(texts.filter((text, i) => texts.indexOf(text) !== i)).toEqual([]);
  });

  it.each(Object.entries(CRITERIA_LIBRARY))('%s: ids are prefixed by their standard', (key, list) => {
    for (const entry of list) expect(entry.id.startsWith(`${key}.`), entry.id).toBe(true);
  });

  it('names a trusted reference in every "why it matters"', () => {
    const unnamed = entries.filter((e) => !(e.source in SOURCES) || !e.whyItMatters.includes(SOURCES[e.source].name));
    expect(unnamed.map((e) => e.id)).toEqual([]);
  });

  it('writes each criterion as one sentence ending in a full stop, and blanks as __ only', () => {
    for (const e of entries) {
      expect(e.text, e.id).toMatch(/\.$/);
      expect(e.text, e.id).not.toMatch(/\n/);
      expect(e.text.replaceAll(BLANK, ''), e.id).not.toContain('_');
    }
  });

  it.each([
    ['monitoring of quality and drift', /accuracy falls|inputs .* compared/],
    ['malformed or truncated output as failure', /malformed.*fail|malformed.*person/i],
    ['traceable output logs with retention', /logged.*kept for/],
    ['where inference runs', /inference runs in/i],
    ['whether the vendor may train on the data', /does not train on/],
    ['prompt injection', /prompt-injection/],
    ['made-up answers', /made-up answers/i],
    ['cost per item with a spend stop', /spend stop/],
    ['the model metric tied to the business outcome', /tied to the business outcome/],
    ['model end of life', /end-of-life date/],
    ['pinned versions with a tested rollback', /pinned by version; rollback/],
  ])('covers %s', (_topic, pattern) => {
    expect(entries.some((e) => pattern.test(e.text))).toBe(true);
  });

  it('offers nothing for the room\'s own standards or an unknown key', () => {
    expect(suggestedCriteriaFor('custom')).toEqual([]);
    expect(suggestedCriteriaFor('__proto__')).toEqual([]);
    expect(suggestedCriteriaFor('security-review')).toBe(CRITERIA_LIBRARY['security-review']);
  });
});

describe('a suggested criterion in the acceptance criteria text', () => {
  const SAMPLE = 'A person scores a weekly sample of __ outputs; alert if accuracy falls more than __ points.';

  it.each<[string, string, boolean]>([
    ['empty text', '', false],
    ['the criterion as suggested, as a bullet', `- ${SAMPLE}`, true],
    ['blanks filled in', 'Agreed:\n- A person scores a weekly sample of 50 outputs; alert if accuracy falls more than 3 points.', true],
    ['blanks filled in with words, other case, no full stop', 'a person scores a weekly sample of fifty invoice outputs; alert if accuracy falls more than three points', true],
    ['line broken and spaced differently', 'A person scores a weekly sample of 50\noutputs;  alert if accuracy falls more than 3 points.', true],
    ['rewritten by the room', 'Someone checks 50 outputs a week.', false],
  ])('%s → %s', (_name, text, expected) => {
    expect(hasCriterion(text, SAMPLE)).toBe(expected);
  });

  it('matches a curly apostrophe to a straight one', () => {
    expect(hasCriterion("- A register lists each model’s end-of-life date.", "A register lists each model's end-of-life date.")).toBe(true);
  });

  it.each<[string, string, string | null]>([
    ['empty text gets the first bullet', '', `- ${SAMPLE}`],
    ['prose gets a new line', 'Reviewed by IT.', `Reviewed by IT.\n- ${SAMPLE}`],
    ['trailing blank lines are not kept between', 'Reviewed by IT.\n\n  ', `Reviewed by IT.\n- ${SAMPLE}`],
    ['already there: unchanged', `x\n- ${SAMPLE}\ny`, `x\n- ${SAMPLE}\ny`],
  ])('appends: %s', (_name, text, expected) => {
    expect(withCriterion(text, SAMPLE, 20_000)).toBe(expected);
  });

  it('refuses, rather than cuts, when the text would grow past its limit', () => {
    const full = 'x'.repeat(19_990);
    expect(withCriterion(full, SAMPLE, 20_000)).toBeNull();
    expect(withCriterion('', SAMPLE, SAMPLE.length + 2)).toBe(`- ${SAMPLE}`);
  });

  it('recognises every library entry once added, and with each blank filled', () => {
    for (const e of entries) {
      expect(hasCriterion(withCriterion('', e.text, 20_000) ?? '', e.text), e.id).toBe(true);
      expect(hasCriterion(e.text.replaceAll(BLANK, '42'), e.text), e.id).toBe(true);
    }
  });
});
