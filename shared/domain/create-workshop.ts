import { AGENDA_TEMPLATES, type TemplateId } from '../method/agenda-templates';
import { DEFAULT_KNOWLEDGE_TRANSFER_ACTIVITIES } from '../method/knowledge-transfer';
import { DEFAULT_RACI_ACTIVITIES, DEFAULT_RACI_PARTY_TEAMS } from '../method/raci';
import { DEFAULT_STANDARDS, type DefaultStandardKey } from '../method/standards';
import { TEAM_LABELS } from '../method/teams';
import { unansweredAiRisk } from './ai-risk';
import type { Standard } from './standards';
import { CURRENT_SCHEMA_VERSION, type Workshop } from './workshop';

/** A default standard as a new workshop has it: on the table, not yet discussed. */
export function newDefaultStandard(key: DefaultStandardKey, id: string): Standard {
  return {
    id,
    key,
    name: DEFAULT_STANDARDS.find((standard) => standard.key === key)?.name ?? key,
    applies: true,
    notApplicableReason: '',
    acceptanceCriteria: '',
    owner: '',
    evidence: '',
    priority: 'high',
    status: 'not-discussed',
    metOn: null,
    waivedReason: '',
  };
}

export interface CreateWorkshopInput {
  readonly id: string;
  /** ISO date-time, e.g. `new Date().toISOString()`; becomes createdAt and updatedAt. */
  readonly now: string;
  readonly template: TemplateId;
  readonly title: string;
  /** Makes the id of every pre-filled item (standards, RACI rows, agenda blocks). */
  readonly newId: () => string;
  /**
   * The workshop day as YYYY-MM-DD. Defaults to the UTC date of `now`, which can be a day off
   * around midnight; the renderer should pass the local date.
   */
  readonly date?: string;
  readonly currency?: string;
  readonly facilitator?: string;
}

/**
 * A new, empty workshop that already validates: the ten default standards, the default RACI
 * rows and team columns, the default knowledge-transfer activities and the template's agenda are
 * pre-filled, because shared/method/METHOD.md puts them on the table in every workshop.
 */
export function createWorkshop(input: CreateWorkshopInput): Workshop {
  const { newId } = input;
  return {
    id: input.id,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: input.now,
    updatedAt: input.now,
    deletedAt: null,
    meta: {
      title: input.title,
      organisation: '',
      date: input.date ?? input.now.slice(0, 10),
      facilitator: input.facilitator ?? '',
      template: input.template,
      currentStage: 'setup',
      capability: '',
      phase: 'planning',
    },
    participants: [],
    endState: {
      whatRuns: '',
      forWhom: '',
      volumePerDay: null,
      turnaround: '',
      qualityBar: '',
      brokenInputs: '',
      inputVarieties: [],
      aiRisk: unansweredAiRisk(),
    },
    preMortemRisks: [],
    operatingModel: {
      ownerParticipantId: null,
      ownerName: '',
      ownerTeam: '',
      operators: '',
      supportHours: '',
      onCall: '',
      escalationPath: '',
      serviceLevels: '',
      changeApprover: '',
      downtimeFallback: '',
      ownerConfirmed: false,
      ownerConfirmedOn: null,
      qualityGate: { goldenSetSize: null, passThreshold: '' },
      modelEndOfLife: null,
    },
    standards: DEFAULT_STANDARDS.map((standard) => newDefaultStandard(standard.key, newId())),
    cost: {
      currency: input.currency ?? 'USD',
      prototypeCents: null,
      transitionCents: null,
      operationsPerYearCents: null,
      maintenancePerYearCents: null,
      benefitPerYearCents: null,
      horizonYears: null,
      goLiveDate: null,
      runningCostApprovedYears: null,
      revalidationPerYearCents: null,
    },
    raci: {
      parties: DEFAULT_RACI_PARTY_TEAMS.map((team) => ({
        id: newId(),
        label: TEAM_LABELS[team],
        kind: 'team' as const,
        team,
        participantId: null,
      })),
      activities: DEFAULT_RACI_ACTIVITIES.map((activity) => ({
        id: newId(),
        key: activity.key,
        name: activity.name,
        assignments: {},
      })),
    },
    transition: {
      members: [],
      weeks: null,
      startDate: null,
      lengthReason: '',
      activities: DEFAULT_KNOWLEDGE_TRANSFER_ACTIVITIES.map((activity) => ({
        id: newId(),
        kind: activity.kind,
        label: activity.label,
        done: false,
      })),
      exitCriteria: [],
      weekPlan: [],
    },
    pilot: {
      hypotheses: [],
      data: { volume: '', messyFormats: false, missingFields: false, edgeCases: false, curatedOnly: false, notes: '' },
      lengthWeeks: null,
      budgetCents: null,
      goNoGoDate: null,
      deciderParticipantId: null,
      decision: { outcome: null, decidedOn: null, rationale: '' },
    },
    room: {
      notes: [],
      noteGroups: [],
      votes: { sessions: [] },
      parkingLot: [],
      decisions: [],
      actions: [],
      facilitatorNotes: {},
      agenda: {
        blocks: AGENDA_TEMPLATES[input.template].blocks.map((block) => ({
          id: newId(),
          kind: block.kind,
          stageId: block.stageId,
          minutes: block.minutes,
          spentMs: 0,
        })),
        startedAt: null,
      },
      timer: { stageId: null, durationMs: 0, startedAt: null, elapsedBeforeMs: 0 },
      openQuestions: [],
    },
    acceptedFindings: [],
    // The first workshop is the first session, running until the room ends it.
    sessions: [
      {
        id: newId(),
        kind: 'workshop',
        label: 'Workshop',
        date: input.date ?? input.now.slice(0, 10),
        startTime: null,
        endTime: null,
        presentParticipantIds: [],
        endedAt: null,
        baselineVersionId: null,
      },
    ],
    readinessTrend: [],
  };
}
