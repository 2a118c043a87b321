import { describe, expect, it } from 'vitest';
import type { PreMortemRisk } from '../../../shared/domain/end-state';
import type { ActionItem } from '../../../shared/domain/room';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { sampleIds } from '../../../shared/method/sample-workshop-ids';
import { assessReadiness, canAcceptFinding, type Finding } from '../../../shared/readiness';
import {
  allAnswerOptions,
  answerFromValue,
  answerOptionsFor,
  answerValue,
  byArea,
  describeAnswer,
  acceptNames,
  goToNames,
  groupFindings,
  isAnswered,
  withoutAnswer,
} from '../../../renderer/src/features/stages/review/review-model';
import { ownerChoice, ownerFields } from '../../../renderer/src/features/room/action-owner';

const finding = (key: string, label: string, message = 'm', area: Finding['area'] = 'pilot'): Finding => ({
  key,
  ruleId: key,
  severity: 'warning',
  area,
  title: 't',
  message,
  fix: { stageId: 'pilot', fieldPath: ['pilot'], label },
});

describe('findings', () => {
  it('groups the sample findings by severity and keeps every one', () => {
    const report = assessReadiness(SAMPLE_WORKSHOP);
    const groups = groupFindings(report.findings);
    expect(groups.blocking).toHaveLength(0);
    expect(groups.warning.map((f) => f.ruleId)).toEqual([
      'standards.no-owner',
      'ownership.raci-row',
      'transition.length-out-of-range',
      'pilot.input-variety-not-covered',
    ]);
    expect(groups.blocking.length + groups.warning.length + groups.fine.length).toBe(report.findings.length);
  });

  it('splits one severity by area, in order', () => {
    const list = [finding('a', 'A', 'm', 'standards'), finding('b', 'B', 'm', 'standards'), finding('c', 'C', 'm', 'pilot')];
    expect(byArea(list).map(([area, items]) => [area, items.map((f) => f.key)])).toEqual([
      ['standards', ['a', 'b']],
      ['pilot', ['c']],
    ]);
  });

  it.each<[string, Finding[], string[]]>([
    ['unique labels stay as they are', [finding('a', 'Name an owner'), finding('b', 'Set the length')], ['Name an owner', 'Set the length']],
    [
      'a shared label gets the message that tells them apart',
      [finding('a', 'Link it', 'Hypothesis one'), finding('b', 'Link it', 'Hypothesis two')],
      ['Link it: Hypothesis one', 'Link it: Hypothesis two'],
    ],
    [
      'identical label and message get a number',
      [finding('a', 'Link it', 'Same'), finding('b', 'Link it', 'Same'), finding('c', 'Other')],
      ['Link it: Same (1 of 2)', 'Link it: Same (2 of 2)', 'Other'],
    ],
  ])('"Go to" names: %s', (_name, findings, names) => {
    const map = goToNames(findings);
    expect(findings.map((f) => map.get(f.key))).toEqual(names);
  });

  it('gives every finding of an empty plan a unique name that starts with its label', () => {
    const report = assessReadiness({ ...SAMPLE_WORKSHOP, standards: SAMPLE_WORKSHOP.standards.map((s) => ({ ...s, owner: '' })) });
    const names = goToNames(report.findings);
    const all = report.findings.map((f) => names.get(f.key) ?? '');
    expect(new Set(all).size).toBe(all.length);
    report.findings.forEach((f, index) => expect(all[index]?.startsWith(f.fix.label)).toBe(true));
  });

  it('gives every acceptable warning a unique "Accept…" name that starts with its title', () => {
    const workshop = {
      ...SAMPLE_WORKSHOP,
      standards: SAMPLE_WORKSHOP.standards.map((s) => ({ ...s, owner: '' })),
      preMortemRisks: SAMPLE_WORKSHOP.preMortemRisks.map((r) => ({ ...r, answeredBy: [], acceptance: null })),
    };
    const acceptable = assessReadiness(workshop).findings.filter(canAcceptFinding);
    const names = acceptNames(acceptable);
    const all = acceptable.map((f) => names.get(f.key) ?? '');
    expect(new Set(all).size).toBe(all.length);
    acceptable.forEach((f, index) => expect(all[index]?.startsWith(f.title)).toBe(true));
    expect(acceptable.filter((f) => f.ruleId === 'risks.unanswered')).toHaveLength(6);
  });
});

describe('what answers a risk', () => {
  const risk = (answeredBy: PreMortemRisk['answeredBy']): PreMortemRisk => ({
    id: sampleIds.risk(99),
    text: 'r',
    likelihood: 'low',
    impact: 'low',
    answeredBy,
    acceptance: null,
  });

  it('lists concrete items of the plan, grouped', () => {
    const labels = allAnswerOptions(SAMPLE_WORKSHOP).map((o) => o.label);
    expect(labels.slice(0, 3)).toEqual(['Operating model', 'Lifecycle cost', 'Transition plan']);
    expect(labels).toContain('Standard: Monitoring and alerting');
    expect(labels).toContain('Ownership: Out-of-hours incidents');
    expect(labels).toContain('Decision: Priya Raman is the operational owner and confirmed it in the room.');
    expect(labels).toContain('Action: Name an owner for the documentation standard.');
    expect(labels.some((l) => l.startsWith('Pilot hypothesis: On a full month of real invoices'))).toBe(true);
    expect(labels.some((l) => l.startsWith('Exit criterion: Two AP senior clerks'))).toBe(true);
  });

  it('does not offer a link the risk already has', () => {
    const first = SAMPLE_WORKSHOP.preMortemRisks[0]!;
    const offered = answerOptionsFor(first, SAMPLE_WORKSHOP).map((o) => o.value);
    for (const answer of first.answeredBy) expect(offered).not.toContain(answerValue(answer));
  });

  it.each<[string, string, ReturnType<typeof answerFromValue>]>([
    ['operating-model:', 'On call', { kind: 'operating-model', refId: null, note: 'On call' }],
    ['transition:', '  ', { kind: 'transition', refId: null, note: '' }],
    [`decision:${sampleIds.decision(1)}`, '', { kind: 'decision', refId: sampleIds.decision(1), note: '' }],
    ['decision:', '', null],
    ['standard:', '', null],
    [`cost:${sampleIds.standard(1)}`, '', null],
    ['', '', null],
    ['bogus:1', '', null],
  ])('reads the select value "%s"', (value, note, answer) => {
    expect(answerFromValue(value, note)).toEqual(answer);
  });

  it.each<[string, PreMortemRisk['answeredBy'], boolean]>([
    ['no answers', [], false],
    ['a removed decision', [{ kind: 'decision', refId: sampleIds.decision(77), note: '' }], false],
    ['a decision', [{ kind: 'decision', refId: sampleIds.decision(3), note: '' }], true],
    ['the transition plan', [{ kind: 'transition', refId: null, note: '' }], true],
    ['a knowledge-transfer activity', [{ kind: 'transition', refId: sampleIds.transitionActivity(1), note: '' }], true],
    ['an action', [{ kind: 'action', refId: sampleIds.action(2), note: '' }], true],
  ])('%s: answered = %s, as the readiness rule says', (_name, answeredBy, expected) => {
    const r = risk(answeredBy);
    expect(isAnswered(r, SAMPLE_WORKSHOP)).toBe(expected);
    const workshop = { ...SAMPLE_WORKSHOP, preMortemRisks: [r] };
    expect(assessReadiness(workshop).findings.some((f) => f.ruleId === 'risks.unanswered')).toBe(!expected);
  });

  it('names links for their chips', () => {
    expect(describeAnswer({ kind: 'standard', refId: sampleIds.standard(3), note: '' }, SAMPLE_WORKSHOP).label).toBe(
      'Standard: Monitoring and alerting',
    );
    expect(describeAnswer({ kind: 'transition', refId: sampleIds.transitionActivity(1), note: '' }, SAMPLE_WORKSHOP).label).toBe(
      'Transition: Pairing on real work',
    );
    expect(describeAnswer({ kind: 'action', refId: sampleIds.action(77), note: '' }, SAMPLE_WORKSHOP)).toEqual({
      label: 'Action: removed from the plan',
      isLive: false,
    });
  });

  it('removes exactly one matching answer', () => {
    const a = { kind: 'cost' as const, refId: null, note: 'peak' };
    const b = { kind: 'cost' as const, refId: null, note: 'other' };
    expect(withoutAnswer([a, b, a], a)).toEqual([b, a]);
    expect(withoutAnswer([b], a)).toEqual([b]);
  });
});

describe('action owners', () => {
  const participants = SAMPLE_WORKSHOP.participants;
  const action = (change: Partial<ActionItem>): ActionItem => ({
    id: sampleIds.action(99),
    text: '',
    ownerParticipantId: null,
    ownerName: '',
    due: null,
    status: 'open',
    statusHistory: [],
    ...change,
  });

  it.each<[string, Partial<ActionItem>, boolean, string]>([
    ['nobody', {}, false, ''],
    ['a participant', { ownerParticipantId: sampleIds.participant(3), ownerName: 'Priya Raman' }, false, sampleIds.participant(3)],
    ['someone outside the room', { ownerName: 'Claire Dubois' }, false, 'other'],
    ['"someone else" chosen, name not typed yet', {}, true, 'other'],
    ['a removed participant keeps the name', { ownerParticipantId: sampleIds.participant(77), ownerName: 'Gone' }, false, 'other'],
  ])('%s', (_name, change, typingOther, choice) => {
    expect(ownerChoice(action(change), participants, typingOther)).toBe(choice);
  });

  it('stores a participant with their name, and clears both otherwise', () => {
    expect(ownerFields(sampleIds.participant(3), participants)).toEqual({
      ownerParticipantId: sampleIds.participant(3),
      ownerName: 'Priya Raman',
    });
    expect(ownerFields('', participants)).toEqual({ ownerParticipantId: null, ownerName: '' });
  });
});
