import type { Workshop } from '../domain/workshop';
import { excerpt } from '../text';
import type { Importance, ValueFormat } from './types';

/**
 * THE table of what each field is called when a change is described: path pattern → the label
 * the screen shows beside that field. `*` stands for a list item's id (lists are matched by id,
 * never by position) or a record's key. A unit test walks every leaf of the sample workshop and
 * fails when one is neither here nor in IGNORED_PATHS, so a new field cannot be forgotten.
 */

export interface FieldLabel {
  readonly label: string;
  readonly format: ValueFormat;
  /** 2 unless said; see Importance. */
  readonly importance?: Importance;
}

const field = (label: string, format: ValueFormat = 'text', importance?: Importance): FieldLabel =>
  importance === undefined ? { label, format } : { label, format, importance };

export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  'meta.title': field('Workshop title'),
  'meta.organisation': field('Organisation'),
  'meta.date': field('Workshop date', 'day'),
  'meta.facilitator': field('Facilitator'),
  'meta.template': field('Agenda', 'template', 3),
  'meta.phase': field('Phase', 'phase', 1),
  'meta.capability': field('The AI capability, in one sentence', 'long-text'),
  'participants.*.name': field('Name'),
  'participants.*.role': field('Role'),
  'participants.*.team': field('Team', 'team'),
  'participants.*.present': field('Present', 'yes-no'),

  'endState.whatRuns': field('What runs', 'long-text'),
  'endState.forWhom': field('For whom', 'long-text'),
  'endState.volumePerDay': field('Volume per day', 'number'),
  'endState.turnaround': field('Turnaround', 'long-text'),
  'endState.qualityBar': field('Quality bar', 'long-text'),
  'endState.brokenInputs': field('What happens to the inputs that break it', 'long-text'),
  // Record version 3. Where a screen does not show a field yet, the label is the schema's own wording.
  'endState.inputVarieties.*.label': field('Input variety'),
  'endState.inputVarieties.*.inPilotData': field('In the pilot data', 'yes-no', 1),
  'endState.aiRisk.decidesOrInfluences': field('What it decides or influences', 'long-text'),
  'endState.aiRisk.aboutWhom': field('About whom', 'long-text'),
  'endState.aiRisk.profilesPeople': field('Profiles people', 'yes-no'),
  'endState.aiRisk.personalData': field('Personal data', 'yes-no'),
  'endState.aiRisk.specialCategoryData': field('Special category data', 'yes-no'),
  'endState.aiRisk.narrowProceduralTask': field('A narrow procedural task', 'yes-no'),
  'endState.aiRisk.chosenClass': field('AI risk class', 'ai-risk-class', 1),
  'endState.aiRisk.reasoning': field('Why this class', 'long-text'),
  'preMortemRisks.*.text': field('Why it died', 'long-text'),
  'preMortemRisks.*.likelihood': field('Likelihood', 'level'),
  'preMortemRisks.*.impact': field('Impact', 'level'),
  'preMortemRisks.*.answeredBy': field('In the plan', 'risk-answers', 1),
  'preMortemRisks.*.acceptance': field('Risk accepted', 'risk-acceptance', 1),

  'operatingModel.ownerParticipantId': field('Operational owner', 'participant', 1),
  'operatingModel.ownerName': field('Owner’s name', 'text', 1),
  'operatingModel.ownerTeam': field('Owner’s team'),
  'operatingModel.ownerConfirmed': field('Owner confirmed', 'yes-no', 1),
  'operatingModel.ownerConfirmedOn': field('Confirmed on', 'day'),
  'operatingModel.operators': field('Who operates it day to day', 'long-text'),
  'operatingModel.supportHours': field('Support hours', 'long-text'),
  'operatingModel.onCall': field('Who gets the call at 2am', 'long-text'),
  'operatingModel.escalationPath': field('Escalation path', 'long-text'),
  'operatingModel.serviceLevels': field('Service levels', 'long-text'),
  'operatingModel.changeApprover': field('Who approves changes to the model or prompts', 'long-text'),
  'operatingModel.downtimeFallback': field('What users do when it is down', 'long-text'),
  'operatingModel.qualityGate.goldenSetSize': field('Golden set size', 'number'),
  'operatingModel.qualityGate.passThreshold': field('Pass threshold'),
  'operatingModel.modelEndOfLife': field('Model end of life', 'day'),

  'standards.*.name': field('Name'),
  'standards.*.applies': field('Applies', 'yes-no', 1),
  'standards.*.notApplicableReason': field('Why it does not apply', 'long-text'),
  'standards.*.acceptanceCriteria': field('Acceptance criteria', 'long-text'),
  'standards.*.owner': field('Owner', 'text', 1),
  'standards.*.evidence': field('Evidence', 'long-text'),
  'standards.*.priority': field('Priority', 'level'),
  'standards.*.status': field('Status', 'standard-status', 1),
  'standards.*.metOn': field('Met on', 'day'),
  'standards.*.waivedReason': field('Why it is waived', 'long-text'),

  'cost.currency': field('Currency'),
  'cost.prototypeCents': field('Prototype', 'money'),
  'cost.transitionCents': field('Transition to production', 'money'),
  'cost.operationsPerYearCents': field('Operations per year', 'money'),
  'cost.maintenancePerYearCents': field('Maintenance per year', 'money'),
  'cost.benefitPerYearCents': field('Benefit per year', 'money'),
  'cost.horizonYears': field('Horizon in years', 'number'),
  'cost.goLiveDate': field('Go-live date', 'day'),
  'cost.runningCostApprovedYears': field('Years of running cost approved', 'number', 1),
  'cost.revalidationPerYearCents': field('Re-validation per year', 'money'),

  'raci.parties.*.label': field('Column'),
  'raci.parties.*.kind': field('Kind', 'party-kind'),
  'raci.parties.*.team': field('Team', 'team'),
  'raci.parties.*.participantId': field('Person', 'participant'),
  'raci.activities.*.name': field('Activity'),
  // The field is the column's name, resolved when the change is described (describe-changes.ts).
  'raci.activities.*.assignments.*': field('Role', 'raci-role', 1),

  'transition.members.*.side': field('Transition team side', 'team-side'),
  'transition.weeks': field('Length in weeks', 'number', 1),
  'transition.startDate': field('Start date', 'day'),
  'transition.lengthReason': field('Why this length', 'long-text'),
  'transition.activities.*.label': field('Activity'),
  'transition.activities.*.done': field('Done', 'yes-no', 1),
  'transition.exitCriteria.*.text': field('Exit criterion', 'long-text'),
  'transition.exitCriteria.*.standardId': field('Proves the standard', 'standard-ref'),
  'transition.weekPlan.*.week': field('Week', 'number'),
  'transition.weekPlan.*.focus': field('Focus', 'long-text'),

  'pilot.hypotheses.*.statement': field('What we believe', 'long-text'),
  'pilot.hypotheses.*.tests': field('What it tests', 'hypothesis-tests', 1),
  'pilot.hypotheses.*.successCriteria': field('Success criteria', 'long-text'),
  'pilot.hypotheses.*.stopCriteria': field('Stop criteria', 'long-text'),
  // Record version 4: what the pilot measured, and the go/no-go.
  'pilot.hypotheses.*.result.outcome': field('Result', 'hypothesis-outcome', 1),
  'pilot.hypotheses.*.result.figure': field('Measured figure'),
  'pilot.hypotheses.*.result.evidence': field('Evidence', 'long-text'),
  'pilot.hypotheses.*.result.measuredOn': field('Measured on', 'day'),
  'pilot.decision.outcome': field('Go/no-go decision', 'go-no-go', 1),
  'pilot.decision.decidedOn': field('Decided on', 'day'),
  'pilot.decision.rationale': field('Why', 'long-text'),
  'pilot.data.volume': field('Volume', 'long-text'),
  'pilot.data.messyFormats': field('Messy formats (scans, odd layouts, other languages)', 'yes-no'),
  'pilot.data.missingFields': field('Missing fields', 'yes-no'),
  'pilot.data.edgeCases': field('Edge cases', 'yes-no'),
  'pilot.data.curatedOnly': field('Curated data only (hand-picked examples)', 'yes-no', 1),
  'pilot.data.notes': field('Notes on the data', 'long-text'),
  'pilot.lengthWeeks': field('Length in weeks', 'number'),
  'pilot.budgetCents': field('Budget', 'money'),
  'pilot.goNoGoDate': field('Go/no-go date', 'day', 1),
  'pilot.deciderParticipantId': field('Who decides go or no-go', 'participant', 1),

  'acceptedFindings.*.findingKey': field('Finding'),
  'acceptedFindings.*.acceptedBy': field('Accepted by', 'text', 1),
  'acceptedFindings.*.reason': field('Reason', 'long-text'),
  'acceptedFindings.*.acceptedOn': field('Accepted on', 'day'),
  'acceptedFindings.*.until': field('Until', 'day', 1),

  'room.decisions.*.text': field('Decision', 'long-text'),
  'room.decisions.*.stageId': field('Stage', 'stage'),
  'room.decisions.*.decidedOn': field('Decided on', 'day'),
  'room.actions.*.text': field('Action', 'long-text'),
  'room.actions.*.ownerParticipantId': field('Owner', 'participant'),
  'room.actions.*.ownerName': field('Owner'),
  'room.actions.*.due': field('Due', 'day'),
  'room.actions.*.status': field('Status', 'action-status', 1),
  'room.parkingLot.*.text': field('Parking lot item', 'long-text'),
  'room.parkingLot.*.stageId': field('Stage', 'stage'),
  'room.parkingLot.*.resolved': field('Resolved', 'yes-no'),
  'room.openQuestions.*.text': field('Open question', 'long-text'),
};

/**
 * Fields that are not the plan: bookkeeping, the room's working material (notes, votes, the
 * timer and agenda, which change every minute) and the facilitator's private notes, which must
 * never reach a document that leaves the room. A list item's key (its id) is left out by
 * isItemKey: a new key is a new item, described as added. So are fields that only classify an item
 * (a standard's or activity's default key).
 */
export const IGNORED_PATHS: ReadonlySet<string> = new Set([
  'id',
  'schemaVersion',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'meta.currentStage',
  'standards.*.key',
  'raci.activities.*.key',
  'transition.activities.*.kind',
  // The meetings themselves and the score history: the frame of a comparison, not the plan.
  'sessions',
  'readinessTrend',
  // Each status change is described as it happens; its log would only repeat it.
  'room.actions.*.statusHistory',
  'room.notes',
  'room.noteGroups',
  'room.votes',
  'room.facilitatorNotes',
  'room.agenda',
  'room.timer',
]);

type Item = Record<string, unknown>;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const quoted = (name: string): string => (name.trim() ? `“${excerpt(name, 60)}”` : '(untitled)');

export interface ListLabel {
  /** The field that identifies an item: 'id' for every list but the transition team's. */
  readonly key: string;
  /** "Standard", "Action": names an added or removed item. */
  readonly noun: string;
  readonly name: (item: Item, workshop: Workshop) => string;
  readonly importance: Importance;
}

const participantNamed = (workshop: Workshop, id: unknown): string =>
  workshop.participants.find((p) => p.id === id)?.name ?? '';

/** Lists matched by a key, with how an item is named in a sentence. Other arrays are compared whole. */
export const LIST_LABELS: Readonly<Record<string, ListLabel>> = {
  participants: { key: 'id', noun: 'Participant', name: (p) => quoted(str(p['name'])), importance: 2 },
  'endState.inputVarieties': { key: 'id', noun: 'Input variety', name: (v) => quoted(str(v['label'])), importance: 2 },
  preMortemRisks: { key: 'id', noun: 'Risk', name: (r) => quoted(str(r['text'])), importance: 2 },
  standards: { key: 'id', noun: 'Standard', name: (s) => quoted(str(s['name'])), importance: 1 },
  'raci.parties': { key: 'id', noun: 'Column', name: (p) => quoted(str(p['label'])), importance: 2 },
  'raci.activities': { key: 'id', noun: 'Activity', name: (a) => quoted(str(a['name'])), importance: 2 },
  'transition.members': {
    key: 'participantId',
    noun: 'Team member',
    name: (m, w) => quoted(participantNamed(w, m['participantId'])),
    importance: 2,
  },
  'transition.activities': { key: 'id', noun: 'Knowledge transfer', name: (a) => quoted(str(a['label'])), importance: 2 },
  'transition.exitCriteria': { key: 'id', noun: 'Exit criterion', name: (c) => quoted(str(c['text'])), importance: 2 },
  'transition.weekPlan': { key: 'id', noun: 'Week', name: (e) => String(e['week'] ?? ''), importance: 3 },
  'pilot.hypotheses': { key: 'id', noun: 'Hypothesis', name: (h) => quoted(str(h['statement'])), importance: 1 },
  acceptedFindings: { key: 'id', noun: 'Accepted finding', name: (f) => quoted(str(f['findingKey'])), importance: 1 },
  'room.decisions': { key: 'id', noun: 'Decision', name: (d) => quoted(str(d['text'])), importance: 1 },
  'room.actions': { key: 'id', noun: 'Action', name: (a) => quoted(str(a['text'])), importance: 1 },
  'room.parkingLot': { key: 'id', noun: 'Parking lot item', name: (i) => quoted(str(i['text'])), importance: 3 },
  'room.openQuestions': { key: 'id', noun: 'Open question', name: (q) => quoted(str(q['text'])), importance: 3 },
};

/** True for the field that identifies a list item ('standards.*.id'): an item is added or removed, never re-keyed. */
export function isItemKey(pattern: string): boolean {
  const cut = pattern.lastIndexOf('.*.');
  return cut >= 0 && LIST_LABELS[pattern.slice(0, cut)]?.key === pattern.slice(cut + 3);
}

/** Records whose keys are ids (party id → RACI letter): each key is a field of its own. */
export const KEYED_RECORDS: ReadonlySet<string> = new Set(['raci.activities.*.assignments']);

/** "ownerConfirmedOn" → "Owner confirmed on": a path nobody labelled is still described in words. */
export function humanise(segment: string): string {
  const words = segment
    .replace(/Cents$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : segment;
}
