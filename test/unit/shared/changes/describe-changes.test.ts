import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { describeChanges, FIELD_LABELS, leafPatterns, type ChangeItem } from '../../../../shared/changes';
import type { Workshop } from '../../../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../../../shared/method/sample-workshop';

const base = SAMPLE_WORKSHOP;
// Before any of the sample's actions fall due, so only the rows that move a due date see one overdue.
const TODAY = '2026-12-01';
const [security, governance] = base.standards;
const [maria, tom] = base.participants;
const [buildPilot] = base.raci.activities;
const [firstAction] = base.room.actions;

const edited = (recipe: (draft: Draft<Workshop>) => void): Workshop => produce(base, recipe);
const allItems = (after: Workshop): ChangeItem[] => describeChanges(base, after, TODAY).groups.flatMap((group) => group.items);
const groupOf = (after: Workshop, key: string) => describeChanges(base, after, TODAY).groups.find((g) => g.items.some((i) => i.key === key))?.id;

interface Row {
  readonly name: string;
  readonly edit: (draft: Draft<Workshop>) => void;
  readonly expected: Partial<ChangeItem> & { readonly label: string };
  readonly group: string;
}

// One row per kind of field: plain text, long text (word diff), yes/no, date, number, money,
// participant, team, level, status, RACI letter, stage, team side, links compared whole, and list
// items inserted, deleted and reordered by id.
const ROWS: readonly Row[] = [
  { name: 'short text', edit: (d) => void (d.meta.title = 'Invoice triage, phase 2'), group: 'setup',
    expected: { label: 'Workshop title', kind: 'changed', before: base.meta.title, after: 'Invoice triage, phase 2' } },
  { name: 'standard owner (item field)', edit: (d) => void (d.standards[0]!.owner = 'Tom Okafor'), group: 'standards',
    expected: { label: 'Standard “Security review”: Owner', kind: 'changed', before: security!.owner, after: 'Tom Okafor', importance: 1 } },
  { name: 'standard status', edit: (d) => void (d.standards[2]!.status = 'met'), group: 'standards',
    expected: { label: 'Standard “Monitoring and alerting”: Status', before: 'Defined', after: 'Met' } },
  { name: 'standard priority (level)', edit: (d) => void (d.standards[1]!.priority = 'low'), group: 'standards',
    expected: { label: `Standard “${governance!.name}”: Priority`, after: 'Low' } },
  { name: 'yes/no', edit: (d) => void (d.operatingModel.ownerConfirmed = false), group: 'operating-model',
    expected: { label: 'Owner confirmed', before: 'Yes', after: 'No', importance: 1 } },
  { name: 'date set to nothing', edit: (d) => void (d.operatingModel.ownerConfirmedOn = null), group: 'operating-model',
    expected: { label: 'Confirmed on', before: '26 November 2026', after: null } },
  { name: 'participant id as a name', edit: (d) => void (d.operatingModel.ownerParticipantId = maria!.id), group: 'operating-model',
    expected: { label: 'Operational owner', after: maria!.name, importance: 1 } },
  { name: 'money', edit: (d) => void (d.cost.prototypeCents = 7_000_000), group: 'cost',
    expected: { label: 'Prototype', before: '€60,000', after: '€70,000' } },
  { name: 'number', edit: (d) => void (d.cost.horizonYears = 5), group: 'cost',
    expected: { label: 'Horizon in years', before: '3', after: '5' } },
  { name: 'team', edit: (d) => void (d.participants[1]!.team = 'finance'), group: 'setup',
    expected: { label: `Participant “${tom!.name}”: Team`, after: 'Finance' } },
  { name: 'RACI letter, named by its column', edit: (d) => void (d.raci.activities[0]!.assignments[d.raci.parties[0]!.id] = 'A'), group: 'ownership',
    expected: { label: `Activity “${buildPilot!.name}”: ${base.raci.parties[0]!.label}`, before: 'Responsible', after: 'Accountable' } },
  { name: 'RACI letter cleared', edit: (d) => void delete d.raci.activities[0]!.assignments[d.raci.parties[0]!.id], group: 'ownership',
    expected: { label: `Activity “${buildPilot!.name}”: ${base.raci.parties[0]!.label}`, before: 'Responsible', after: null } },
  { name: 'transition side', edit: (d) => void (d.transition.members[0]!.side = d.transition.members[0]!.side === 'innovation' ? 'operations' : 'innovation'), group: 'transition',
    expected: { label: 'Transition team side', kind: 'changed' } },
  { name: 'action done', edit: (d) => void (d.room.actions[0]!.status = 'done'), group: 'room',
    expected: { label: `Action “${firstAction!.text.slice(0, 20)}`, before: 'Open', after: 'Done', importance: 1 } },
  { name: 'decision stage', edit: (d) => void (d.room.decisions[0]!.stageId = 'pilot'), group: 'room',
    expected: { label: 'Stage', after: 'The pilot' } },
  { name: 'links compared whole', edit: (d) => void (d.preMortemRisks[0]!.answeredBy = []), group: 'end-state',
    expected: { label: 'In the plan', after: 'Nothing yet', kind: 'changed' } },
  { name: 'hypothesis tests', edit: (d) => void (d.pilot.hypotheses[0]!.tests = [{ kind: 'cost', refId: null }]), group: 'pilot',
    expected: { label: 'What it tests', after: 'Lifecycle cost' } },
  { name: 'list item inserted', edit: (d) => void d.standards.splice(1, 0, { ...d.standards[0]!, id: '7e000000-0000-4000-8000-000000000001', key: 'custom', name: 'Accessibility' }), group: 'standards',
    expected: { label: 'Standard “Accessibility”', kind: 'added' } },
  { name: 'list item deleted', edit: (d) => void d.standards.splice(2, 1), group: 'standards',
    expected: { label: 'Standard “Monitoring and alerting”', kind: 'removed' } },
  { name: 'list item reordered', edit: (d) => void d.standards.push(d.standards.shift()!), group: 'standards',
    expected: { label: 'Standard “Security review”: Position in the list', kind: 'reordered', before: '1', after: String(base.standards.length) } },
  { name: 'overdue action', edit: (d) => void (d.room.actions[1]!.due = '2026-11-30'), group: 'room',
    expected: { label: 'Overdue', before: 'Due 30 November 2026', after: 'Not done, and past its due date', importance: 1 } },
  { name: 'the gate', edit: (d) => void (d.cost.benefitPerYearCents = 1_000_000), group: 'cost',
    expected: { label: 'The gate', importance: 1 } },
];

describe('describeChanges', () => {
  it('finds nothing between a workshop and itself (or a copy of it)', () => {
    const report = describeChanges(base, structuredClone(base), TODAY);
    expect(report.groups).toEqual([]);
    expect(report.count).toBe(0);
    expect(report.readiness.appeared).toEqual([]);
  });

  it.each(ROWS)('describes $name', ({ edit, expected, group }) => {
    const after = edited(edit);
    const items = allItems(after);
    const { label, ...rest } = expected;
    const found = items.find((entry) => entry.label.includes(label) && Object.entries(rest).every(([k, v]) => entry[k as keyof ChangeItem] === v));
    expect(found, `no item like ${JSON.stringify(expected)} in ${JSON.stringify(items.map((i) => i.label))}`).toBeDefined();
    expect(groupOf(after, found!.key)).toBe(group);
  });

  it('shows a long-text edit as a word diff, with the removed and added words in reading order', () => {
    const after = edited((d) => void (d.endState.whatRuns = d.endState.whatRuns.replace(/\bmatches\b/, 'reconciles') || 'changed'));
    const text = allItems(after).find((entry) => entry.label === 'What runs');
    expect(text?.kind).toBe('text');
    const parts = text!.parts!;
    expect(parts.map((p) => (p.change === 'removed' ? '' : p.text)).join('')).toBe(after.endState.whatRuns);
    expect(parts.map((p) => (p.change === 'added' ? '' : p.text)).join('')).toBe(base.endState.whatRuns);
    expect(parts.some((p) => p.change === 'added')).toBe(true);
  });

  it('matches list items by id: a reorder is one move, not a field change on every row', () => {
    const after = edited((d) => void d.standards.reverse());
    const items = allItems(after);
    expect(items.every((entry) => entry.kind === 'reordered')).toBe(true);
    expect(items.length).toBe(base.standards.length - 1);
  });

  it('an edit inside a moved item is still one edit of that item', () => {
    const after = edited((d) => {
      d.standards.push(d.standards.shift()!);
      d.standards.at(-1)!.owner = 'Tom Okafor';
    });
    const labels = allItems(after).map((entry) => entry.label);
    expect(labels).toContain('Standard “Security review”: Owner');
    expect(labels.filter((l) => l.endsWith(': Owner'))).toHaveLength(1);
  });

  it('lists what decides the pilot first within a stage', () => {
    const after = edited((d) => {
      d.standards[0]!.acceptanceCriteria += ' More.';
      d.standards[0]!.status = 'met';
    });
    const group = describeChanges(base, after, TODAY).groups.find((g) => g.id === 'standards')!;
    expect(group.items[0]?.field).toBe('Status');
  });

  it('keeps the groups in method order and leaves out the room’s working material', () => {
    const after = edited((d) => {
      d.room.actions[0]!.status = 'done';
      d.meta.title = 'New title';
      d.room.timer.elapsedBeforeMs = 12345;
      d.room.facilitatorNotes.setup = 'Private';
      d.meta.currentStage = 'pilot';
      d.updatedAt = '2026-12-06T10:00:00.000Z';
    });
    expect(describeChanges(base, after, TODAY).groups.map((g) => g.id)).toEqual(['setup', 'room']);
  });

  it('explains a verdict change with the findings that appeared and cleared', () => {
    const after = edited((d) => {
      d.operatingModel.ownerParticipantId = null;
      d.operatingModel.ownerName = '';
      d.standards[0]!.owner = 'Nobody';
    });
    const { readiness } = describeChanges(base, after, TODAY);
    expect(readiness.after.verdictLabel).toBe('Do not start');
    expect(readiness.before.verdictLabel).not.toBe('Do not start');
    expect(readiness.appeared.map((f) => f.key).some((key) => key.startsWith('operating-model.no-owner'))).toBe(true);
    const cleared = describeChanges(after, base, TODAY).readiness.cleared.map((f) => f.key);
    expect(cleared.some((key) => key.startsWith('operating-model.no-owner'))).toBe(true);
  });

  it('still describes a field nobody labelled, in words', () => {
    const after = { ...base, meta: { ...base.meta, newThing: 'x' } } as unknown as Workshop;
    const item = allItems(after).find((entry) => entry.key === 'meta.newThing');
    expect(item?.field).toBe('New thing');
    expect(item?.after).toBe('x');
  });
});

// The sample workshop with every optional part filled in, so every leaf path exists at least once.
const FULL = produce(base, (d) => {
  const acceptance = { acceptedBy: 'Maria Jensen', reason: 'Known and watched', acceptedOn: '2026-11-26', until: '2027-03-01' };
  d.preMortemRisks[0]!.acceptance = acceptance;
  d.acceptedFindings.push({ ...acceptance, id: '7e000000-0000-4000-8000-0000000000af', findingKey: 'pilot.curated-data' });
});

describe('the label table', () => {
  it('labels every leaf of a full workshop (a new field must be named or ignored on purpose)', () => {
    const unlabelled = [...leafPatterns(FULL)].filter((pattern) => !(pattern in FIELD_LABELS));
    expect(unlabelled).toEqual([]);
    expect(leafPatterns(FULL).size).toBeGreaterThan(60);
  });

  it('describes a risk acceptance as one change, in words', () => {
    const item = describeChanges(base, FULL, TODAY).groups.flatMap((g) => g.items).find((i) => i.field === 'Risk accepted');
    expect(item).toMatchObject({ before: null, after: 'Accepted by Maria Jensen until 1 March 2027', importance: 1 });
  });

  it('has no label left over for a path the workshop no longer has', () => {
    const leaves = leafPatterns(FULL);
    expect(Object.keys(FIELD_LABELS).filter((pattern) => !leaves.has(pattern))).toEqual([]);
  });
});
