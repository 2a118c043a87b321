import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../../shared/domain/create-workshop';
import type { PreMortemRisk } from '../../../shared/domain/end-state';
import type { OperatingModel } from '../../../shared/domain/operating-model';
import type { Participant } from '../../../shared/domain/participants';
import type { Standard } from '../../../shared/domain/standards';
import { WorkshopSchema, type Workshop } from '../../../shared/domain/workshop';
import { DEFAULT_STANDARD_KEYS } from '../../../shared/method/standards';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import { assessReadiness } from '../../../shared/readiness';
import { formatDay } from '../../../shared/text';
import {
  answerTargets,
  describeAnswers,
  describeRiskTally,
  resolvedAnswerCount,
} from '../../../renderer/src/features/stages/end-state/risk-answers';
import {
  applyOwnerChoice,
  applyOwnerConfirmed,
  NO_OWNER,
  OWNER_ELSEWHERE,
  operatingModelWarnings,
  ownerDisplayName,
  ownerOptions,
  storedOwnerChoice,
} from '../../../renderer/src/features/stages/operating-model/owner-choice';
import {
  customNumbers,
  describeStandards,
  missingDefaultKeys,
  newCustomStandard,
  rowOfFocusTarget,
  standardTitles,
  withDefaultsRestored,
} from '../../../renderer/src/features/stages/standards/standards-logic';

let counter = 0;
const id = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const emptyWorkshop = (): Workshop =>
  createWorkshop({ id: id(), now: '2026-11-26T09:00:00.000Z', template: 'full', title: 'Unit', newId: id });

const person = (name: string, team: Participant['team'], present = true): Participant => ({
  id: id(),
  name,
  role: '',
  team,
  present,
});

describe('pre-mortem: what answers each risk', () => {
  const targets = answerTargets(SAMPLE_WORKSHOP);

  it('counts the links of the sample risks that still point at something', () => {
    expect(SAMPLE_WORKSHOP.preMortemRisks.map((risk) => resolvedAnswerCount(risk, targets))).toEqual([2, 2, 2, 3, 2, 0]);
  });

  it('agrees with the readiness review on which risks are unanswered (an accepted risk is not)', () => {
    // The sample's ERP-upgrade risk has no answer but is accepted; without its acceptance it is flagged.
    for (const workshop of [SAMPLE_WORKSHOP, { ...SAMPLE_WORKSHOP, preMortemRisks: SAMPLE_WORKSHOP.preMortemRisks.map((r) => ({ ...r, acceptance: null })) }]) {
      const flagged = new Set(
        assessReadiness(workshop)
          .findings.filter((finding) => finding.ruleId === 'risks.unanswered')
          .map((finding) => finding.fix.fieldPath[1]),
      );
      for (const risk of workshop.preMortemRisks) {
        const isFlagged = [...flagged].some((step) => typeof step === 'object' && step.id === risk.id);
        expect(resolvedAnswerCount(risk, targets) === 0 && risk.acceptance === null).toBe(isFlagged);
      }
      expect(flagged.size).toBe(workshop === SAMPLE_WORKSHOP ? 0 : 1);
    }
  });

  it.each([
    ['a whole section', { kind: 'operating-model', refId: null, note: '' }, 1],
    ['the cost model, even with a stray id', { kind: 'cost', refId: id(), note: '' }, 1],
    ['a standard that exists', { kind: 'standard', refId: SAMPLE_WORKSHOP.standards[0]!.id, note: '' }, 1],
    ['a standard that was removed', { kind: 'standard', refId: id(), note: '' }, 0],
    ['a hypothesis id given as a decision', { kind: 'decision', refId: SAMPLE_WORKSHOP.pilot.hypotheses[0]!.id, note: '' }, 0],
  ] as const)('a link to %s counts %i', (_name, answer, expected) => {
    const risk: PreMortemRisk = { id: id(), text: 'x', likelihood: 'low', impact: 'low', answeredBy: [{ ...answer }], acceptance: null };
    expect(resolvedAnswerCount(risk, targets)).toBe(expected);
  });

  it.each([
    [0, 'No answer yet'],
    [1, 'Answered by 1'],
    [3, 'Answered by 3'],
  ])('badge for %i answers reads "%s"', (count, text) => {
    expect(describeAnswers(count)).toBe(text);
  });

  it.each([
    [0, 0, ''],
    [1, 1, '1 risk · 1 with no answer yet'],
    [6, 1, '6 risks · 1 with no answer yet'],
    [2, 0, '2 risks, all answered in the plan'],
  ])('tally of %i risks with %i unanswered reads "%s"', (total, unanswered, text) => {
    expect(describeRiskTally(total, unanswered)).toBe(text);
  });

  it.each([
    [6, 0, 1, '6 risks, all answered in the plan or accepted · 1 accepted'],
    [6, 1, 2, '6 risks · 1 with no answer yet · 2 accepted'],
    [6, 0, 0, '6 risks, all answered in the plan'],
  ])('tally of %i risks, %i unanswered, %i accepted reads "%s"', (total, unanswered, accepted, text) => {
    expect(describeRiskTally(total, unanswered, accepted)).toBe(text);
  });
});

describe('operating model: choosing the owner', () => {
  const priya = person('Priya Raman', 'operations');
  const tom = person('Tom Okafor', 'innovation', false);
  const participants = [priya, tom];
  const model = (overrides: Partial<OperatingModel> = {}): OperatingModel => ({
    ...emptyWorkshop().operatingModel,
    ...overrides,
  });

  it('lists nobody, every participant with their team, and someone not in the room', () => {
    expect(ownerOptions(participants)).toEqual([
      { value: NO_OWNER, label: 'Not chosen yet' },
      { value: priya.id, label: 'Priya Raman — Operations' },
      { value: tom.id, label: 'Tom Okafor — Innovation (not present)' },
      { value: OWNER_ELSEWHERE, label: 'Someone not in the room' },
    ]);
    expect(ownerOptions([person('  ', 'data')])[1]?.label).toBe('Unnamed participant 1 — Data');
  });

  it.each([
    ['nobody', {}, NO_OWNER],
    ['a participant', { ownerParticipantId: priya.id, ownerName: 'Priya Raman' }, priya.id],
    ['a named outsider', { ownerName: 'Kim Lee' }, OWNER_ELSEWHERE],
    ['a participant removed since', { ownerParticipantId: id(), ownerName: 'Gone Person' }, OWNER_ELSEWHERE],
  ] as const)('shows %s as the stored choice', (_name, overrides, expected) => {
    expect(storedOwnerChoice(model(overrides), participants)).toBe(expected);
  });

  it('copies the participant’s name when one is chosen', () => {
    const om = model();
    applyOwnerChoice(om, priya.id, participants);
    expect(om).toMatchObject({ ownerParticipantId: priya.id, ownerName: 'Priya Raman' });
  });

  it('clears the copied name when the owner becomes someone not in the room', () => {
    const om = model({ ownerParticipantId: priya.id, ownerName: 'Priya Raman' });
    applyOwnerChoice(om, OWNER_ELSEWHERE, participants);
    expect(om).toMatchObject({ ownerParticipantId: null, ownerName: '' });
  });

  it('keeps the only record of a removed participant’s name', () => {
    const om = model({ ownerParticipantId: id(), ownerName: 'Gone Person' });
    applyOwnerChoice(om, OWNER_ELSEWHERE, participants);
    expect(om).toMatchObject({ ownerParticipantId: null, ownerName: 'Gone Person' });
  });

  it('clears the confirmation when the owner changes, and only then', () => {
    const confirmed = { ownerConfirmed: true, ownerConfirmedOn: '2026-11-20' };
    const same = model({ ownerParticipantId: priya.id, ownerName: 'Priya Raman', ...confirmed });
    applyOwnerChoice(same, priya.id, participants);
    expect(same).toMatchObject(confirmed);

    const outsider = model({ ownerName: 'Kim Lee', ...confirmed });
    applyOwnerChoice(outsider, OWNER_ELSEWHERE, participants);
    expect(outsider).toMatchObject({ ownerName: 'Kim Lee', ...confirmed });

    const changed = model({ ownerParticipantId: priya.id, ownerName: 'Priya Raman', ...confirmed });
    applyOwnerChoice(changed, tom.id, participants);
    expect(changed).toMatchObject({ ownerParticipantId: tom.id, ownerName: 'Tom Okafor', ownerConfirmed: false, ownerConfirmedOn: null });
  });

  it('forgets the owner when "not chosen yet" is picked', () => {
    const om = model({ ownerName: 'Kim Lee' });
    applyOwnerChoice(om, NO_OWNER, participants);
    expect(om).toMatchObject({ ownerParticipantId: null, ownerName: '' });
  });

  it('ignores an id that is not a participant', () => {
    const om = model({ ownerName: 'Kim Lee' });
    applyOwnerChoice(om, id(), participants);
    expect(om.ownerName).toBe('Kim Lee');
  });

  it.each([
    ['ticking with no date records today', { ownerConfirmedOn: null }, true, { ownerConfirmed: true, ownerConfirmedOn: '2026-12-01' }],
    ['ticking keeps a date already there', { ownerConfirmedOn: '2026-11-20' }, true, { ownerConfirmed: true, ownerConfirmedOn: '2026-11-20' }],
    ['unticking withdraws the date', { ownerConfirmed: true, ownerConfirmedOn: '2026-11-20' }, false, { ownerConfirmed: false, ownerConfirmedOn: null }],
  ] as const)('owner confirmed: %s', (_name, overrides, confirmed, expected) => {
    const om = model(overrides);
    applyOwnerConfirmed(om, confirmed, '2026-12-01');
    expect(om).toMatchObject(expected);
  });

  it.each([
    ['nobody named', {}, null],
    ['a typed name', { ownerName: ' Kim Lee ' }, 'Kim Lee'],
    ['a participant with an empty copied name', { ownerParticipantId: priya.id }, 'Priya Raman'],
    ['a removed participant with no name', { ownerParticipantId: id() }, null],
  ] as const)('owner display name with %s', (_name, overrides, expected) => {
    expect(ownerDisplayName(model(overrides), participants)).toBe(expected);
  });

  it('warns about a missing owner and about operations not being in the room', () => {
    expect(operatingModelWarnings(model(), [])).toHaveLength(2);
    expect(operatingModelWarnings(model({ ownerName: 'Kim Lee' }), [priya])).toEqual([]);
    const absentOps = [person('Lars', 'operations', false)];
    expect(operatingModelWarnings(model({ ownerName: 'Kim Lee' }), absentOps)).toEqual([
      expect.stringContaining('Nobody from operations is in the room'),
    ]);
    expect(operatingModelWarnings(model(), [priya])).toEqual([expect.stringContaining('No operational owner yet')]);
  });

  it('agrees with the readiness engine on whether an owner is named', () => {
    for (const overrides of [{}, { ownerName: 'Kim' }, { ownerParticipantId: priya.id }, { ownerParticipantId: id() }]) {
      const workshop = { ...emptyWorkshop(), participants, operatingModel: model(overrides) };
      const hasNoOwnerFinding = assessReadiness(workshop).findings.some((f) => f.ruleId === 'operating-model.no-owner');
      expect(ownerDisplayName(workshop.operatingModel, participants) === null).toBe(hasNoOwnerFinding);
    }
  });

  it('formats the confirmation day without a time-zone shift', () => {
    expect(formatDay('2026-11-26', 'en-GB')).toBe('26 November 2026');
    expect(formatDay('2026-01-01', 'en-GB')).toBe('1 January 2026');
    expect(formatDay('not a date', 'en-GB')).toBe('not a date');
  });
});

describe('production standards', () => {
  const defaults = () => emptyWorkshop().standards;

  it.each([
    ['a new workshop', defaults(), '10 standards · 0 agreed · 10 without an owner'],
    ['the sample', SAMPLE_WORKSHOP.standards, '11 standards · 4 agreed · 1 without an owner'],
    [
      'one not applying, one met',
      defaults().map((s, i): Standard =>
        i === 0 ? { ...s, applies: false } : i === 1 ? { ...s, status: 'met', owner: 'Dan' } : s,
      ),
      '10 standards · 0 agreed · 1 met · 8 without an owner · 1 does not apply',
    ],
    ['none', [], '0 standards · 0 agreed · 0 without an owner'],
    [
      'over time: one in progress, one met, one waived',
      defaults().map((s, i): Standard => (i < 3 ? { ...s, owner: 'Dan', status: (['in-progress', 'met', 'waived'] as const)[i]! } : s)),
      '10 standards · 0 agreed · 1 in progress · 1 met · 1 waived · 7 without an owner',
    ],
  ])('summary of %s', (_name, standards, expected) => {
    expect(describeStandards(standards)).toBe(expected);
  });

  it('names rows by their standard, and unnamed custom ones by their place', () => {
    const list = [...defaults().slice(0, 1), newCustomStandard(id()), { ...newCustomStandard(id()), name: 'Duplicate guard' }, newCustomStandard(id())];
    expect(standardTitles(list)).toEqual(['Security review', 'custom standard 1', 'Duplicate guard', 'custom standard 3']);
    expect([...customNumbers(list).values()]).toEqual([1, 2, 3]);
  });

  it('finds the defaults a plan has lost', () => {
    const list = defaults().filter((s) => s.key !== 'documentation' && s.key !== 'security-review');
    expect(missingDefaultKeys(list)).toEqual(['security-review', 'documentation']);
    expect(missingDefaultKeys(defaults())).toEqual([]);
  });

  it('restores missing defaults in the method’s order, above the custom standards, leaving the rest alone', () => {
    const custom = { ...newCustomStandard(id()), name: 'Duplicate guard' };
    const kept = defaults().filter((s) => s.key !== 'documentation' && s.key !== 'security-review');
    const restored = withDefaultsRestored([...kept, custom], id);
    expect(restored.map((s) => s.key)).toEqual([...DEFAULT_STANDARD_KEYS, 'custom']);
    expect(restored.filter((s) => kept.includes(s) || s === custom)).toHaveLength(kept.length + 1);
    expect(restored.find((s) => s.key === 'documentation')).toMatchObject({ name: 'Documentation', applies: true, status: 'not-discussed' });
  });

  it('restores all ten into an empty list, and the result is a valid workshop', () => {
    const workshop = { ...emptyWorkshop(), standards: withDefaultsRestored([], id) };
    expect(workshop.standards.map((s) => s.key)).toEqual([...DEFAULT_STANDARD_KEYS]);
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
    expect(withDefaultsRestored(workshop.standards, id)).toEqual(workshop.standards);
  });

  it('a new custom standard is valid and unnamed', () => {
    const workshop = { ...emptyWorkshop(), standards: [...defaults(), newCustomStandard(id())] };
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
    expect(workshop.standards.at(-1)).toMatchObject({ key: 'custom', name: '', applies: true });
  });

  it.each([
    ['standards.#abc.acceptanceCriteria', 'abc'],
    ['standards.#abc.notApplicableReason', 'abc'],
    ['standards.#abc.evidence', 'abc'],
    ['standards.#abc.owner', null],
    ['standards.#abc', null],
    ['standards', null],
    ['operatingModel.ownerName', null],
    [null, null],
  ])('a focus request for %s opens row %s', (target, expected) => {
    expect(rowOfFocusTarget(target)).toBe(expected);
  });
});
