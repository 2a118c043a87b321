import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/domain/participants';
import type { RaciActivity, RaciParty } from '../../../shared/domain/raci';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';
import {
  activityLabel,
  columnChoices,
  ownedCount,
  partyFromChoice,
  partyLabel,
  rowViolations,
} from '../../../renderer/src/features/stages/ownership/raci-matrix';

const PARTIES = ['ops', 'innovation', 'it', 'finance'];

describe('rowViolations: exactly one Accountable and at least one Responsible', () => {
  it.each<[string, RaciActivity['assignments'], string[]]>([
    ['an empty row', {}, ['No one accountable', 'No one responsible']],
    ['A and R', { ops: 'A', innovation: 'R' }, []],
    ['A and two R', { ops: 'A', innovation: 'R', it: 'R', finance: 'I' }, []],
    ['R only', { ops: 'R' }, ['No one accountable']],
    ['A only', { ops: 'A', it: 'C', finance: 'I' }, ['No one responsible']],
    ['two A and an R', { ops: 'A', it: 'A', innovation: 'R' }, ['2 accountable — exactly one']],
    ['three A, no R', { ops: 'A', it: 'A', innovation: 'A' }, ['3 accountable — exactly one', 'No one responsible']],
    ['C and I only', { ops: 'C', it: 'I' }, ['No one accountable', 'No one responsible']],
    ['an A left behind by a removed column does not count', { gone: 'A', ops: 'R' }, ['No one accountable']],
    ['a second A in a removed column does not count', { gone: 'A', ops: 'A', it: 'R' }, []],
  ])('%s', (_name, assignments, messages) => {
    expect(rowViolations(assignments, PARTIES).map((v) => v.message)).toEqual(messages);
  });

  it('names each kind so the screen can test for it', () => {
    expect(rowViolations({ ops: 'A', it: 'A' }, PARTIES).map((v) => v.kind)).toEqual(['many-accountable', 'no-responsible']);
  });

  it('counts only letters the row really holds, never inherited ones such as toString', () => {
    expect(rowViolations({ ops: 'R' }, ['toString', 'constructor', 'ops']).map((v) => v.kind)).toEqual(['no-accountable']);
  });
});

describe('ownedCount', () => {
  it('counts the sample workshop: every row but out-of-hours incidents (two Accountables)', () => {
    const { activities, parties } = SAMPLE_WORKSHOP.raci;
    expect(ownedCount(activities, parties.map((p) => p.id))).toBe(activities.length - 1);
  });
});

const participant = (id: string, name: string): Participant => ({ id, name, role: '', team: 'operations', present: true });
const team = (id: string, t: RaciParty['team'], label = ''): RaciParty => ({ id, label, kind: 'team', team: t, participantId: null });
const person = (id: string, label: string, participantId: string | null): RaciParty => ({ id, label, kind: 'person', team: null, participantId });

describe('partyLabel', () => {
  const people = [participant('p1', 'Priya Raman'), participant('p2', '  ')];
  it.each([
    ['a team column keeps its own label', team('a', 'operations', 'AP team'), 'AP team'],
    ['an unlabelled team column is named after the team', team('a', 'it-security'), 'IT / Security'],
    ['a linked person follows the participant’s current name', person('a', 'Priya R.', 'p1'), 'Priya Raman'],
    ['a linked person with a blank name keeps the column label', person('a', 'Ben', 'p2'), 'Ben'],
    ['a person whose participant was removed keeps the label', person('a', 'Aisha', 'gone'), 'Aisha'],
    ['nothing at all', person('a', ' ', null), 'Unnamed column'],
  ])('%s', (_name, party, label) => {
    expect(partyLabel(party, people)).toBe(label);
  });
});

describe('activityLabel', () => {
  const row = (name: string): RaciActivity => ({ id: 'x', key: 'custom', name, assignments: {} });
  it.each([
    ['Out-of-hours incidents', 4, 'Out-of-hours incidents'],
    ['  Supplier onboarding ', 9, 'Supplier onboarding'],
    ['', 9, 'new activity 10'],
  ])('%j at row %d → %j', (name, index, label) => {
    expect(activityLabel(row(name), index)).toBe(label);
  });
});

describe('columnChoices: what "Add column" offers', () => {
  const people = [participant('p1', 'Priya Raman'), participant('p2', ''), participant('p3', 'Ben Adeyemi')];

  it('offers every team and named participant when the matrix is empty, then anyone by name', () => {
    const values = columnChoices([], people).map((c) => c.value);
    expect(values).toEqual([
      'team:innovation',
      'team:operations',
      'team:it-security',
      'team:data',
      'team:finance',
      'team:business-owner',
      'team:legal-risk',
      'team:other',
      'participant:p1',
      'participant:p3',
      'other',
    ]);
  });

  it('leaves out the teams and people already in the matrix', () => {
    const parties = [team('a', 'operations', 'AP team'), team('b', 'innovation'), person('c', 'Priya Raman', 'p1'), person('d', 'Ben', null)];
    const values = columnChoices(parties, people).map((c) => c.value);
    expect(values).not.toContain('team:operations');
    expect(values).not.toContain('team:innovation');
    expect(values).not.toContain('participant:p1');
    expect(values).toContain('participant:p3');
    expect(values.at(-1)).toBe('other');
  });
});

describe('partyFromChoice', () => {
  const [teamChoice, personChoice, other] = [
    columnChoices([], [])[1]!,
    columnChoices([], [participant('p1', ' Priya Raman ')]).find((c) => c.kind === 'participant')!,
    columnChoices([], []).at(-1)!,
  ];

  it.each([
    ['a team', teamChoice, '', { id: 'n', label: 'Operations', kind: 'team', team: 'operations', participantId: null }],
    ['a participant', personChoice, '', { id: 'n', label: 'Priya Raman', kind: 'person', team: null, participantId: 'p1' }],
    ['someone else', other, '  Lena Ruiz ', { id: 'n', label: 'Lena Ruiz', kind: 'person', team: null, participantId: null }],
    ['someone else with no name', other, '   ', null],
  ])('%s', (_name, choice, typed, party) => {
    expect(partyFromChoice(choice, 'n', typed)).toEqual(party);
  });
});
