/**
 * THE table of how each part of a workshop lives in its Yjs document, which decides how concurrent
 * edits merge. Paths are patterns: `*` stands for a row (lists matched by id) or a record's key.
 * Classified by path, never by value: an empty list must already be a shared list, or two laptops
 * adding the first row at the same time would each create one and only one would survive.
 * test/unit/shared/sync/field-kinds.test.ts walks every leaf of a full workshop and fails when one is
 * not classified here, so a new field cannot slip in unclassified.
 */

/**
 * Lists of rows, each a Y.Array of Y.Map matched by the row's key: adding or deleting a row is one
 * operation, so rows added on two laptops both survive and an edit inside a row merges field by field.
 */
export const ROW_LISTS: Readonly<Record<string, string>> = {
  participants: 'id',
  'endState.inputVarieties': 'id',
  preMortemRisks: 'id',
  standards: 'id',
  'raci.parties': 'id',
  'raci.activities': 'id',
  'transition.members': 'participantId',
  'transition.activities': 'id',
  'transition.exitCriteria': 'id',
  'transition.weekPlan': 'id',
  'pilot.hypotheses': 'id',
  acceptedFindings: 'id',
  sessions: 'id',
  readinessTrend: 'id',
  'room.decisions': 'id',
  'room.actions': 'id',
  'room.parkingLot': 'id',
  'room.openQuestions': 'id',
  'room.notes': 'id',
  'room.noteGroups': 'id',
  'room.agenda.blocks': 'id',
  'room.votes.sessions': 'id',
};

/** Arrays kept as one value (last writer wins): short lists of references or a log written as a whole. */
export const WHOLE_ARRAYS: ReadonlySet<string> = new Set([
  'preMortemRisks.*.answeredBy',
  'pilot.hypotheses.*.tests',
  'sessions.*.presentParticipantIds',
  'room.actions.*.statusHistory',
]);

/** Objects whose keys are ids or stage ids: each key is a field of its own, so keys added on two laptops both stay. */
export const KEYED_RECORDS: ReadonlySet<string> = new Set([
  'raci.activities.*.assignments',
  'room.votes.sessions.*.ballots',
  'room.votes.sessions.*.ballots.*',
]);

/**
 * Free text, a Y.Text each: two laptops typing in the same field both keep their words (merged
 * character by character). Every other string is one value (last writer wins): an id, a date, an
 * enum such as a status must never merge into "openclosed".
 */
export const FREE_TEXT: ReadonlySet<string> = new Set([
  'meta.title',
  'meta.organisation',
  'meta.facilitator',
  'meta.capability',
  'participants.*.name',
  'participants.*.role',
  'endState.whatRuns',
  'endState.forWhom',
  'endState.turnaround',
  'endState.qualityBar',
  'endState.brokenInputs',
  'endState.inputVarieties.*.label',
  'endState.aiRisk.decidesOrInfluences',
  'endState.aiRisk.aboutWhom',
  'endState.aiRisk.reasoning',
  'preMortemRisks.*.text',
  'preMortemRisks.*.acceptance.acceptedBy',
  'preMortemRisks.*.acceptance.reason',
  'operatingModel.ownerName',
  'operatingModel.ownerTeam',
  'operatingModel.operators',
  'operatingModel.supportHours',
  'operatingModel.onCall',
  'operatingModel.escalationPath',
  'operatingModel.serviceLevels',
  'operatingModel.changeApprover',
  'operatingModel.downtimeFallback',
  'operatingModel.qualityGate.passThreshold',
  'standards.*.name',
  'standards.*.notApplicableReason',
  'standards.*.acceptanceCriteria',
  'standards.*.owner',
  'standards.*.evidence',
  'standards.*.waivedReason',
  'raci.parties.*.label',
  'raci.activities.*.name',
  'transition.lengthReason',
  'transition.activities.*.label',
  'transition.exitCriteria.*.text',
  'transition.weekPlan.*.focus',
  'pilot.hypotheses.*.statement',
  'pilot.hypotheses.*.successCriteria',
  'pilot.hypotheses.*.stopCriteria',
  'pilot.hypotheses.*.result.figure',
  'pilot.hypotheses.*.result.evidence',
  'pilot.decision.rationale',
  'pilot.data.volume',
  'pilot.data.notes',
  'acceptedFindings.*.acceptedBy',
  'acceptedFindings.*.reason',
  'sessions.*.label',
  'room.decisions.*.text',
  'room.actions.*.text',
  'room.actions.*.ownerName',
  'room.parkingLot.*.text',
  'room.openQuestions.*.text',
  'room.notes.*.text',
  'room.noteGroups.*.label',
]);

/**
 * Strings that are one value each: ids, dates and times, enums, codes, keys, and text Endfirst
 * writes itself (a readiness point's reason is computed, never typed).
 */
export const ATOMIC_STRINGS: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'meta.date',
  'meta.template',
  'meta.currentStage',
  'meta.phase',
  'participants.*.id',
  'participants.*.team',
  'endState.inputVarieties.*.id',
  'endState.aiRisk.chosenClass',
  'preMortemRisks.*.id',
  'preMortemRisks.*.likelihood',
  'preMortemRisks.*.impact',
  'preMortemRisks.*.acceptance.acceptedOn',
  'preMortemRisks.*.acceptance.until',
  'operatingModel.ownerParticipantId',
  'operatingModel.ownerConfirmedOn',
  'operatingModel.modelEndOfLife',
  'standards.*.id',
  'standards.*.key',
  'standards.*.priority',
  'standards.*.status',
  'standards.*.metOn',
  'cost.currency',
  'cost.goLiveDate',
  'raci.parties.*.id',
  'raci.parties.*.kind',
  'raci.parties.*.team',
  'raci.parties.*.participantId',
  'raci.activities.*.id',
  'raci.activities.*.key',
  'raci.activities.*.assignments.*',
  'transition.members.*.participantId',
  'transition.members.*.side',
  'transition.startDate',
  'transition.activities.*.id',
  'transition.activities.*.kind',
  'transition.exitCriteria.*.id',
  'transition.exitCriteria.*.standardId',
  'transition.weekPlan.*.id',
  'pilot.hypotheses.*.id',
  'pilot.hypotheses.*.result.outcome',
  'pilot.hypotheses.*.result.measuredOn',
  'pilot.decision.outcome',
  'pilot.decision.decidedOn',
  'pilot.goNoGoDate',
  'pilot.deciderParticipantId',
  'acceptedFindings.*.id',
  'acceptedFindings.*.findingKey',
  'acceptedFindings.*.acceptedOn',
  'acceptedFindings.*.until',
  'sessions.*.id',
  'sessions.*.kind',
  'sessions.*.date',
  'sessions.*.startTime',
  'sessions.*.endTime',
  'sessions.*.endedAt',
  'sessions.*.baselineVersionId',
  'readinessTrend.*.id',
  'readinessTrend.*.at',
  'readinessTrend.*.gate',
  'readinessTrend.*.label',
  'readinessTrend.*.reason',
  'readinessTrend.*.sessionId',
  'readinessTrend.*.verdict',
  'room.decisions.*.id',
  'room.decisions.*.stageId',
  'room.decisions.*.decidedOn',
  'room.actions.*.id',
  'room.actions.*.ownerParticipantId',
  'room.actions.*.due',
  'room.actions.*.status',
  'room.parkingLot.*.id',
  'room.parkingLot.*.stageId',
  'room.openQuestions.*.id',
  'room.notes.*.id',
  'room.notes.*.authorParticipantId',
  'room.notes.*.createdAt',
  'room.notes.*.groupId',
  'room.notes.*.stageId',
  'room.noteGroups.*.id',
  'room.noteGroups.*.stageId',
  'room.agenda.startedAt',
  'room.agenda.blocks.*.id',
  'room.agenda.blocks.*.kind',
  'room.agenda.blocks.*.stageId',
  'room.timer.stageId',
  'room.timer.startedAt',
  'room.votes.sessions.*.id',
  'room.votes.sessions.*.stageId',
  'room.votes.sessions.*.status',
  'room.votes.sessions.*.createdAt',
]);

/**
 * Never sent to the team server: the facilitator's private notes stay on this laptop (they must
 * never reach a document that leaves the room). A plan read from the server keeps this laptop's.
 */
export const LOCAL_ONLY_EMPTY: Readonly<Record<string, unknown>> = { 'room.facilitatorNotes': {} };
export const LOCAL_ONLY: ReadonlySet<string> = new Set(Object.keys(LOCAL_ONLY_EMPTY));

/** The pattern of a child: a row of a list or a key of a record becomes `*`. */
export function childPattern(pattern: string, key: string): string {
  if (pattern in ROW_LISTS || KEYED_RECORDS.has(pattern)) return `${pattern}.*`;
  return pattern === '' ? key : `${pattern}.${key}`;
}
