import { describe, expect, it } from 'vitest';
import { type Workshop, WorkshopSchema } from '../../../../shared/domain';
import { getAtPath } from '../../../../shared/editing/field-path';
import { assessReadiness, type Finding, RULES } from '../../../../shared/readiness';
import { emptyWorkshop, READY, readyWorkshop, tweak } from './builders';
import { GATE_CASES } from './gate-cases';

/**
 * Every rule, with workshops on which it fires and workshops on which it stays quiet. Most cases
 * are the ready workshop with one thing broken, so each shows the rule firing on its own.
 */

const ready = readyWorkshop();
const broken = (change: (draft: Workshop) => void) => tweak(ready, change);
const standard = (w: Workshop, key: string) => w.standards.find((s) => s.key === key)!;
const activity = (w: Workshop, key: string) => w.raci.activities.find((a) => a.key === key)!;
const party = (w: Workshop, team: string) => w.raci.parties.find((p) => p.team === team)!;
const highRisk = (change: (draft: Workshop) => void = () => undefined) =>
  broken((w) => {
    w.endState.aiRisk.chosenClass = 'high';
    change(w);
  });
const accepted = (until: string | null, acceptedBy = 'Fay Lund') => ({
  acceptedBy,
  reason: 'The claims system is replaced next year anyway.',
  acceptedOn: '2026-03-02',
  until,
});

interface FiringCase {
  readonly name: string;
  readonly workshop: Workshop;
  /** How many findings of this rule (default 1). */
  readonly count?: number;
  /** Words the message or fix label must contain. */
  readonly mentions?: readonly string[];
  /** The exact fix field, when the case is about where "Go to…" lands. */
  readonly fieldPath?: readonly unknown[];
  /** Today's date for the assessment, for rules about dates that pass. */
  readonly today?: string;
}

interface RuleCases {
  readonly fires: readonly FiringCase[];
  readonly quiet: readonly { readonly name: string; readonly workshop: Workshop; readonly today?: string }[];
}

const CASES: Record<string, RuleCases> = {
  ...GATE_CASES,
  'people.no-operations': {
    fires: [
      { name: 'the empty workshop', workshop: emptyWorkshop(), fieldPath: ['participants'] },
      {
        name: 'the only operations person is re-tagged as IT',
        workshop: broken((w) => {
          w.participants.find((p) => p.id === READY.operations)!.team = 'it-security';
        }),
        fieldPath: ['participants'],
      },
      {
        name: 'operations is listed but absent',
        workshop: broken((w) => {
          w.participants.find((p) => p.id === READY.operations)!.present = false;
        }),
        mentions: ['Oscar Pike', 'not present'],
        fieldPath: ['participants', { id: READY.operations }, 'present'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'one operations person absent, another present',
        workshop: broken((w) => {
          w.participants.push({ id: READY.gone, name: 'Absent Ops', role: 'Analyst', team: 'operations', present: false });
        }),
      },
    ],
  },

  'operating-model.no-owner': {
    fires: [
      { name: 'the empty workshop', workshop: emptyWorkshop(), fieldPath: ['operatingModel', 'ownerName'] },
      {
        name: 'owner cleared',
        workshop: broken((w) => {
          w.operatingModel.ownerParticipantId = null;
          w.operatingModel.ownerName = '';
        }),
      },
      {
        name: 'owner name is only spaces',
        workshop: broken((w) => {
          w.operatingModel.ownerParticipantId = null;
          w.operatingModel.ownerName = '   ';
        }),
      },
      {
        name: 'the owner was a participant who has been removed',
        workshop: broken((w) => {
          w.operatingModel.ownerParticipantId = READY.gone;
          w.operatingModel.ownerName = '';
        }),
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'an owner named who is not in the room',
        workshop: broken((w) => {
          w.operatingModel.ownerParticipantId = null;
          w.operatingModel.ownerName = 'Olga Outside';
        }),
      },
      {
        name: 'an owner picked from the participants, name left blank',
        workshop: broken((w) => {
          w.operatingModel.ownerName = '';
        }),
      },
    ],
  },

  'operating-model.owner-not-confirmed': {
    fires: [
      {
        name: 'owner named but not confirmed',
        workshop: broken((w) => {
          w.operatingModel.ownerConfirmed = false;
          w.operatingModel.ownerConfirmedOn = null;
        }),
        mentions: ['Oscar Pike'],
        fieldPath: ['operatingModel', 'ownerConfirmed'],
      },
      {
        name: 'confirmed, but no date',
        workshop: broken((w) => {
          w.operatingModel.ownerConfirmedOn = null;
        }),
        fieldPath: ['operatingModel', 'ownerConfirmedOn'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'no owner at all (the blocker says it instead)', workshop: emptyWorkshop() },
    ],
  },

  'standards.default-missing': {
    fires: [
      {
        name: 'the documentation standard removed',
        workshop: broken((w) => {
          w.standards = w.standards.filter((s) => s.key !== 'documentation');
        }),
        mentions: ['Documentation'],
        fieldPath: ['standards'],
      },
      {
        name: 'every standard removed',
        workshop: broken((w) => {
          w.standards = [];
        }),
        count: 10,
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'a default marked as not applying, with a reason',
        workshop: broken((w) => {
          standard(w, 'documentation').applies = false;
          standard(w, 'documentation').notApplicableReason = 'Covered by the vendor runbook.';
        }),
      },
    ],
  },

  'standards.not-applicable-without-reason': {
    fires: [
      {
        name: 'a default marked as not applying, no reason',
        workshop: broken((w) => {
          standard(w, 'cost-model').applies = false;
        }),
        mentions: ['Cost model'],
        fieldPath: ['standards', { id: standard(ready, 'cost-model').id }, 'notApplicableReason'],
      },
      {
        name: 'a custom standard marked as not applying, reason only spaces',
        workshop: broken((w) => {
          w.standards.push({
            ...standard(w, 'cost-model'),
            id: READY.customStandard,
            key: 'custom',
            name: 'Accessibility',
            applies: false,
            notApplicableReason: '  ',
          });
        }),
        mentions: ['Accessibility'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'not applying, with a reason',
        workshop: broken((w) => {
          standard(w, 'cost-model').applies = false;
          standard(w, 'cost-model').notApplicableReason = 'Runs on an already budgeted platform.';
        }),
      },
    ],
  },

  'standards.no-acceptance-criteria': {
    fires: [
      { name: 'the empty workshop (all ten)', workshop: emptyWorkshop(), count: 10 },
      {
        name: 'security review with blank criteria',
        workshop: broken((w) => {
          standard(w, 'security-review').acceptanceCriteria = ' \n ';
        }),
        mentions: ['Security review'],
        fieldPath: ['standards', { id: standard(ready, 'security-review').id }, 'acceptanceCriteria'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'a standard that does not apply (with a reason) needs no criteria',
        workshop: broken((w) => {
          Object.assign(standard(w, 'security-review'), { applies: false, notApplicableReason: 'No new data flows.', acceptanceCriteria: '' });
        }),
      },
    ],
  },

  'standards.no-owner': {
    fires: [
      { name: 'the empty workshop (all ten)', workshop: emptyWorkshop(), count: 10 },
      {
        name: 'security review with no owner',
        workshop: broken((w) => {
          standard(w, 'security-review').owner = '';
        }),
        mentions: ['Name an owner for Security review'],
        fieldPath: ['standards', { id: standard(ready, 'security-review').id }, 'owner'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'a standard that does not apply (with a reason) needs no owner',
        workshop: broken((w) => {
          Object.assign(standard(w, 'security-review'), { applies: false, notApplicableReason: 'No new data flows.', owner: '' });
        }),
      },
    ],
  },

  'cost.not-covered': {
    fires: [
      {
        name: 'benefit below the lifecycle cost',
        workshop: broken((w) => {
          w.cost.benefitPerYearCents = 1_000_000;
        }),
        mentions: ['the pilot should not start'],
        fieldPath: ['cost', 'benefitPerYearCents'],
      },
      {
        name: 'a horizon of 0 years',
        workshop: broken((w) => {
          w.cost.horizonYears = 0;
        }),
        fieldPath: ['cost', 'horizonYears'],
      },
      {
        name: 'zero benefit',
        workshop: broken((w) => {
          w.cost.benefitPerYearCents = 0;
        }),
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'benefit exactly equal to the lifecycle cost',
        // 50k + 150k + 3 × (40k + 20k) = 380k over 3 years.
        workshop: broken((w) => {
          w.cost.benefitPerYearCents = 12_666_667;
        }),
      },
      {
        name: 'benefit not entered yet (incomplete, not "does not cover")',
        workshop: broken((w) => {
          w.cost.benefitPerYearCents = null;
        }),
      },
    ],
  },

  'cost.no-transition-budget': {
    fires: [
      {
        name: 'a transition budget of 0',
        workshop: broken((w) => {
          w.cost.transitionCents = 0;
        }),
        fieldPath: ['cost', 'transitionCents'],
      },
      {
        name: 'no transition budget entered',
        workshop: broken((w) => {
          w.cost.transitionCents = null;
        }),
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'no prototype cost either (nothing to compare with)',
        workshop: broken((w) => {
          w.cost.prototypeCents = 0;
          w.cost.transitionCents = 0;
        }),
      },
    ],
  },

  'cost.transition-far-below-prototype': {
    fires: [
      {
        name: 'transition half the prototype',
        workshop: broken((w) => {
          w.cost.transitionCents = 2_500_000;
        }),
        mentions: ['0.5×'],
        fieldPath: ['cost', 'transitionCents'],
      },
    ],
    quiet: [
      { name: 'the ready workshop (3×)', workshop: ready },
      {
        name: 'transition equal to the prototype (1×)',
        workshop: broken((w) => {
          w.cost.transitionCents = 5_000_000;
        }),
      },
      {
        name: 'no transition at all (the other rule says so)',
        workshop: broken((w) => {
          w.cost.transitionCents = 0;
        }),
      },
    ],
  },

  'cost.incomplete': {
    fires: [
      { name: 'the empty workshop', workshop: emptyWorkshop(), mentions: ['prototype cost', 'horizon in years'], fieldPath: ['cost', 'prototypeCents'] },
      {
        name: 'no yearly benefit',
        workshop: broken((w) => {
          w.cost.benefitPerYearCents = null;
        }),
        mentions: ['yearly benefit'],
        fieldPath: ['cost', 'benefitPerYearCents'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'only the transition missing (reported as "no transition budget")',
        workshop: broken((w) => {
          w.cost.transitionCents = null;
        }),
      },
    ],
  },

  'ownership.no-activities': {
    fires: [
      {
        name: 'every RACI row removed',
        workshop: broken((w) => {
          w.raci.activities = [];
        }),
        fieldPath: ['raci', 'activities'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'the empty workshop (rows are pre-filled)', workshop: emptyWorkshop() },
    ],
  },

  'ownership.raci-row': {
    fires: [
      { name: 'the empty workshop (nine empty rows)', workshop: emptyWorkshop(), count: 9 },
      {
        name: 'two Accountables',
        workshop: broken((w) => {
          activity(w, 'out-of-hours-incidents').assignments[party(w, 'it-security').id] = 'A';
        }),
        mentions: ['Out-of-hours incidents', 'Operations and IT / Security are both Accountable', 'Keep one Accountable'],
        fieldPath: ['raci', 'activities', { id: activity(ready, 'out-of-hours-incidents').id }, 'assignments'],
      },
      {
        name: 'no Accountable',
        workshop: broken((w) => {
          activity(w, 'user-support').assignments[party(w, 'operations').id] = 'C';
        }),
        mentions: ['nobody is Accountable', 'Choose who is Accountable for User support'],
      },
      {
        name: 'no Responsible',
        workshop: broken((w) => {
          activity(w, 'user-support').assignments[party(w, 'innovation').id] = 'I';
        }),
        mentions: ['nobody is Responsible', 'Choose who is Responsible for User support'],
      },
      {
        name: 'the only Accountable is a deleted column',
        workshop: broken((w) => {
          const row = activity(w, 'user-support');
          row.assignments = { [READY.gone]: 'A', [party(w, 'innovation').id]: 'R' };
        }),
        mentions: ['nobody is Accountable'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'one A, one R, plus Consulted and Informed',
        workshop: broken((w) => {
          const row = activity(w, 'user-support');
          row.assignments[party(w, 'finance').id] = 'C';
          row.assignments[party(w, 'data').id] = 'I';
          row.assignments[party(w, 'it-security').id] = 'R';
        }),
      },
    ],
  },

  'transition.not-blended': {
    fires: [
      { name: 'nobody on the team', workshop: emptyWorkshop(), fieldPath: ['transition', 'members'] },
      {
        name: 'innovation only',
        workshop: broken((w) => {
          w.transition.members = w.transition.members.filter((m) => m.side === 'innovation');
        }),
        mentions: ['no one from operations'],
      },
      {
        name: 'operations only',
        workshop: broken((w) => {
          w.transition.members = w.transition.members.filter((m) => m.side === 'operations');
        }),
        mentions: ['no one from innovation'],
      },
      {
        name: 'the operations member was removed from the participants',
        workshop: broken((w) => {
          w.transition.members.find((m) => m.side === 'operations')!.participantId = READY.gone;
        }),
        mentions: ['no one from operations'],
      },
    ],
    quiet: [{ name: 'the ready workshop', workshop: ready }],
  },

  'transition.length-unset': {
    fires: [{ name: 'no length', workshop: broken((w) => void (w.transition.weeks = null)), fieldPath: ['transition', 'weeks'] }],
    quiet: [{ name: 'the ready workshop (6 weeks)', workshop: ready }],
  },

  'transition.length-out-of-range': {
    fires: [
      {
        name: '10 weeks, no reason',
        workshop: broken((w) => void (w.transition.weeks = 10)),
        mentions: ['10 weeks', 'longer'],
        fieldPath: ['transition', 'lengthReason'],
      },
      { name: '3 weeks, no reason', workshop: broken((w) => void (w.transition.weeks = 3)), mentions: ['3 weeks', 'shorter'] },
      { name: '0 weeks', workshop: broken((w) => void (w.transition.weeks = 0)) },
    ],
    quiet: [
      { name: '4 weeks', workshop: broken((w) => void (w.transition.weeks = 4)) },
      { name: '8 weeks', workshop: broken((w) => void (w.transition.weeks = 8)) },
      {
        name: '10 weeks with a reason',
        workshop: broken((w) => {
          w.transition.weeks = 10;
          w.transition.lengthReason = 'Two month-end closes must fall inside the handover.';
        }),
      },
      { name: 'no length yet (the other rule says so)', workshop: broken((w) => void (w.transition.weeks = null)) },
    ],
  },

  'pilot.no-hypotheses': {
    fires: [{ name: 'no hypotheses', workshop: emptyWorkshop(), fieldPath: ['pilot', 'hypotheses'] }],
    quiet: [{ name: 'the ready workshop', workshop: ready }],
  },

  'pilot.hypothesis-tests-nothing': {
    fires: [
      {
        name: 'a hypothesis with no links',
        workshop: broken((w) => void (w.pilot.hypotheses[0]!.tests = [])),
        mentions: ['run the summariser'],
        fieldPath: ['pilot', 'hypotheses', { id: READY.hypothesis }, 'tests'],
      },
      {
        name: 'linked only to a deleted standard',
        workshop: broken((w) => void (w.pilot.hypotheses[0]!.tests = [{ kind: 'standard', refId: READY.gone }])),
        mentions: ['still exists'],
      },
      {
        name: 'linked to "a risk" without saying which',
        workshop: broken((w) => void (w.pilot.hypotheses[0]!.tests = [{ kind: 'risk', refId: null }])),
      },
    ],
    quiet: [
      { name: 'the ready workshop (tests the operating model)', workshop: ready },
      { name: 'tests the cost model', workshop: broken((w) => void (w.pilot.hypotheses[0]!.tests = [{ kind: 'cost', refId: null }])) },
      {
        name: 'tests an existing standard and risk',
        workshop: broken((w) => {
          w.pilot.hypotheses[0]!.tests = [
            { kind: 'standard', refId: w.standards[0]!.id },
            { kind: 'risk', refId: READY.risk },
          ];
        }),
      },
    ],
  },

  'pilot.curated-data': {
    fires: [
      {
        name: 'marked curated only (even with messy formats ticked)',
        workshop: broken((w) => void (w.pilot.data.curatedOnly = true)),
        mentions: ['curated only'],
        fieldPath: ['pilot', 'data', 'curatedOnly'],
      },
      {
        name: 'no messy formats, missing fields or edge cases',
        workshop: broken((w) => {
          Object.assign(w.pilot.data, { messyFormats: false, missingFields: false, edgeCases: false });
        }),
        fieldPath: ['pilot', 'data', 'messyFormats'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      {
        name: 'edge cases only',
        workshop: broken((w) => {
          Object.assign(w.pilot.data, { messyFormats: false, missingFields: false, edgeCases: true });
        }),
      },
    ],
  },

  'pilot.no-decider': {
    fires: [
      {
        name: 'no decider',
        workshop: broken((w) => void (w.pilot.deciderParticipantId = null)),
        mentions: ['Oscar Pike'],
        fieldPath: ['pilot', 'deciderParticipantId'],
      },
      { name: 'the decider was removed', workshop: broken((w) => void (w.pilot.deciderParticipantId = READY.gone)) },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'someone other than the owner decides', workshop: broken((w) => void (w.pilot.deciderParticipantId = READY.finance)) },
    ],
  },

  'risks.no-pre-mortem': {
    fires: [{ name: 'no risks', workshop: emptyWorkshop(), fieldPath: ['preMortemRisks'] }],
    quiet: [{ name: 'the ready workshop', workshop: ready }],
  },

  'risks.unanswered': {
    fires: [
      {
        name: 'a risk with no answers',
        workshop: broken((w) => void (w.preMortemRisks[0]!.answeredBy = [])),
        mentions: ['switched off'],
        fieldPath: ['preMortemRisks', { id: READY.risk }, 'answeredBy'],
      },
      {
        name: 'answered only by a deleted standard',
        workshop: broken((w) => void (w.preMortemRisks[0]!.answeredBy = [{ kind: 'standard', refId: READY.gone, note: '' }])),
      },
      {
        name: 'two unanswered risks give two findings',
        workshop: broken((w) => {
          w.preMortemRisks[0]!.answeredBy = [];
          w.preMortemRisks.push({ ...w.preMortemRisks[0]!, id: READY.gone, text: 'Finance pulled the plug.' });
        }),
        count: 2,
      },
    ],
    quiet: [
      { name: 'the ready workshop (answered by the transition)', workshop: ready },
      {
        name: 'answered by an action',
        workshop: broken((w) => void (w.preMortemRisks[0]!.answeredBy = [{ kind: 'action', refId: READY.action, note: '' }])),
      },
      {
        name: 'answered by a decision',
        workshop: broken((w) => void (w.preMortemRisks[0]!.answeredBy = [{ kind: 'decision', refId: READY.decision, note: '' }])),
      },
      {
        name: 'answered by a transition exit criterion',
        workshop: broken((w) => void (w.preMortemRisks[0]!.answeredBy = [{ kind: 'transition', refId: READY.exitCriterion, note: '' }])),
      },
      {
        name: 'answered by a pilot hypothesis',
        workshop: broken((w) => void (w.preMortemRisks[0]!.answeredBy = [{ kind: 'pilot', refId: READY.hypothesis, note: '' }])),
      },
      {
        name: 'answered by a RACI row',
        workshop: broken((w) => void (w.preMortemRisks[0]!.answeredBy = [{ kind: 'raci', refId: w.raci.activities[0]!.id, note: '' }])),
      },
    ],
  },

  'operating-model.no-quality-gate': {
    fires: [
      {
        name: 'no golden set and no threshold',
        workshop: broken((w) => void (w.operatingModel.qualityGate = { goldenSetSize: null, passThreshold: '' })),
        mentions: ['no golden set and no pass threshold'],
        fieldPath: ['operatingModel', 'qualityGate', 'goldenSetSize'],
      },
      {
        name: 'a golden set of 0 inputs',
        workshop: broken((w) => void (w.operatingModel.qualityGate.goldenSetSize = 0)),
        fieldPath: ['operatingModel', 'qualityGate', 'goldenSetSize'],
      },
      {
        name: 'a golden set but the threshold is only spaces',
        workshop: broken((w) => void (w.operatingModel.qualityGate.passThreshold = '   ')),
        mentions: ['no pass threshold'],
        fieldPath: ['operatingModel', 'qualityGate', 'passThreshold'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'a golden set of one input', workshop: broken((w) => void (w.operatingModel.qualityGate.goldenSetSize = 1)) },
    ],
  },

  'operating-model.no-model-end-of-life': {
    fires: [
      {
        name: 'no end-of-life date',
        workshop: broken((w) => void (w.operatingModel.modelEndOfLife = null)),
        fieldPath: ['operatingModel', 'modelEndOfLife'],
      },
      { name: 'the empty workshop', workshop: emptyWorkshop() },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'an end-of-life date already past (still a date)', workshop: broken((w) => void (w.operatingModel.modelEndOfLife = '2020-01-01')) },
    ],
  },

  'standards.high-risk-required': {
    fires: [
      {
        name: 'high risk, human oversight marked as not applying with no reason',
        workshop: highRisk((w) => void (standard(w, 'human-oversight').applies = false)),
        mentions: ['Human oversight', 'high risk'],
        fieldPath: ['standards', { id: standard(ready, 'human-oversight').id }, 'notApplicableReason'],
      },
      {
        name: 'high risk, the AI risk assessment waived with no reason',
        workshop: highRisk((w) => void (standard(w, 'ai-risk-assessment').status = 'waived')),
        mentions: ['waived'],
      },
      {
        name: 'high risk, human oversight removed',
        workshop: highRisk((w) => void (w.standards = w.standards.filter((s) => s.key !== 'human-oversight'))),
        fieldPath: ['standards'],
        mentions: ['Add Human oversight back'],
      },
      {
        name: 'high risk by the answers (special-category data, not narrow), both set aside',
        workshop: broken((w) => {
          w.endState.aiRisk.specialCategoryData = true;
          w.endState.aiRisk.narrowProceduralTask = false;
          standard(w, 'human-oversight').applies = false;
          standard(w, 'ai-risk-assessment').applies = false;
        }),
        count: 2,
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'high risk, both standards apply', workshop: highRisk() },
      {
        name: 'high risk, human oversight waived with a reason',
        workshop: highRisk((w) => {
          standard(w, 'human-oversight').status = 'waived';
          standard(w, 'human-oversight').waivedReason = 'A clerk approves every payment anyway.';
        }),
      },
      {
        name: 'limited risk, human oversight set aside with no reason (the standards rules say it)',
        workshop: broken((w) => void (standard(w, 'human-oversight').applies = false)),
      },
      {
        name: 'the answers say high but the room chose limited',
        workshop: broken((w) => {
          w.endState.aiRisk.specialCategoryData = true;
          w.endState.aiRisk.narrowProceduralTask = false;
          w.endState.aiRisk.chosenClass = 'limited';
          standard(w, 'human-oversight').applies = false;
        }),
      },
    ],
  },

  'standards.data-governance-silent': {
    fires: [
      {
        name: 'personal data, criteria say nothing about it',
        workshop: broken((w) => void (standard(w, 'data-governance').acceptanceCriteria = 'Letters are archived for seven years.')),
        mentions: ['personal data'],
        fieldPath: ['standards', { id: standard(ready, 'data-governance').id }, 'acceptanceCriteria'],
      },
      {
        name: 'special-category data, criteria mention only personal data',
        workshop: broken((w) => void (w.endState.aiRisk.specialCategoryData = true)),
        mentions: ['special-category personal data'],
      },
      {
        name: 'personal data, data governance marked as not applying',
        workshop: broken((w) => {
          standard(w, 'data-governance').applies = false;
          standard(w, 'data-governance').notApplicableReason = 'IT handles it.';
        }),
        mentions: ['not applying'],
      },
    ],
    quiet: [
      { name: 'the ready workshop (criteria mention personal data)', workshop: ready },
      {
        name: 'no personal data',
        workshop: broken((w) => {
          w.endState.aiRisk.personalData = false;
          standard(w, 'data-governance').acceptanceCriteria = 'Letters are archived for seven years.';
        }),
      },
      {
        name: 'personal data not answered yet',
        workshop: broken((w) => {
          w.endState.aiRisk.personalData = null;
          standard(w, 'data-governance').acceptanceCriteria = 'Letters are archived for seven years.';
        }),
      },
      {
        name: 'special-category data, criteria name health data (any case)',
        workshop: broken((w) => {
          w.endState.aiRisk.specialCategoryData = true;
          standard(w, 'data-governance').acceptanceCriteria = 'HEALTH data in claims is masked before the model sees it.';
        }),
      },
      {
        name: 'criteria mention GDPR',
        workshop: broken((w) => void (standard(w, 'data-governance').acceptanceCriteria = 'DPO signs off under the GDPR.')),
      },
      {
        name: 'criteria empty (standards.no-acceptance-criteria says it)',
        workshop: broken((w) => void (standard(w, 'data-governance').acceptanceCriteria = '')),
      },
    ],
  },

  'standards.no-human-oversight': {
    fires: [
      {
        name: 'high risk, human oversight not applying with a reason',
        workshop: highRisk((w) => {
          standard(w, 'human-oversight').applies = false;
          standard(w, 'human-oversight').notApplicableReason = 'Fully automatic by design.';
        }),
        mentions: ['Fully automatic by design.', 'high risk'],
      },
      {
        name: 'high risk, human oversight waived with a reason',
        workshop: highRisk((w) => {
          standard(w, 'human-oversight').status = 'waived';
          standard(w, 'human-oversight').waivedReason = 'No budget this year.';
        }),
        mentions: ['waived'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'high risk, human oversight applies', workshop: highRisk() },
      { name: 'high risk, set aside with no reason (the blocker says it)', workshop: highRisk((w) => void (standard(w, 'human-oversight').applies = false)) },
      { name: 'high risk, human oversight removed (the blocker says it)', workshop: highRisk((w) => void (w.standards = w.standards.filter((s) => s.key !== 'human-oversight'))) },
      {
        name: 'limited risk, not applying with a reason',
        workshop: broken((w) => {
          standard(w, 'human-oversight').applies = false;
          standard(w, 'human-oversight').notApplicableReason = 'A person approves every claim.';
        }),
      },
    ],
  },

  'cost.running-cost-approved-short': {
    fires: [
      {
        name: 'approved for 2 of 3 years',
        workshop: broken((w) => void (w.cost.runningCostApprovedYears = 2)),
        mentions: ['only 2 years', '3 years'],
        fieldPath: ['cost', 'runningCostApprovedYears'],
      },
      { name: 'approved for 0 years', workshop: broken((w) => void (w.cost.runningCostApprovedYears = 0)) },
      { name: 'approved years not recorded', workshop: broken((w) => void (w.cost.runningCostApprovedYears = null)), mentions: ['nobody has recorded'] },
    ],
    quiet: [
      { name: 'the ready workshop (3 of 3)', workshop: ready },
      { name: 'approved for longer than the horizon', workshop: broken((w) => void (w.cost.runningCostApprovedYears = 5)) },
      { name: 'no horizon yet (cost.incomplete asks for it)', workshop: emptyWorkshop() },
      { name: 'a horizon of 0 years', workshop: broken((w) => void (w.cost.horizonYears = 0)) },
    ],
  },

  'cost.no-revalidation-budget': {
    fires: [
      { name: 'not entered', workshop: broken((w) => void (w.cost.revalidationPerYearCents = null)), fieldPath: ['cost', 'revalidationPerYearCents'] },
      { name: 'zero', workshop: broken((w) => void (w.cost.revalidationPerYearCents = 0)) },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'one cent', workshop: broken((w) => void (w.cost.revalidationPerYearCents = 1)) },
    ],
  },

  'pilot.input-variety-not-covered': {
    fires: [
      {
        name: 'a variety not in the pilot data',
        workshop: broken((w) => void (w.endState.inputVarieties[0]!.inPilotData = false)),
        mentions: ['Handwritten claims letters'],
        fieldPath: ['endState', 'inputVarieties', { id: READY.inputVariety }, 'inPilotData'],
      },
      {
        name: 'two of three varieties missing give two findings',
        workshop: broken((w) => {
          w.endState.inputVarieties.push(
            { id: READY.gone, label: 'Emails in Polish', inPilotData: false },
            { id: READY.customStandard.replace(/6$/, 'c'), label: '', inPilotData: false },
          );
        }),
        count: 2,
        mentions: ['Emails in Polish', 'an unnamed input variety'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'no varieties named', workshop: broken((w) => void (w.endState.inputVarieties = [])) },
    ],
  },

  'risks.acceptance-expired': {
    fires: [
      {
        name: 'accepted until yesterday',
        workshop: broken((w) => void (w.preMortemRisks[0]!.acceptance = accepted('2026-05-31'))),
        today: '2026-06-01',
        mentions: ['Fay Lund', 'now expired'],
        fieldPath: ['preMortemRisks', { id: READY.risk }, 'acceptance', 'until'],
      },
      {
        name: 'expired, and answered nowhere either: reported once, as expired',
        workshop: broken((w) => {
          w.preMortemRisks[0]!.answeredBy = [];
          w.preMortemRisks[0]!.acceptance = accepted('2026-05-31', '  ');
        }),
        today: '2027-01-01',
        mentions: ['accepted by someone'],
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready, today: '2026-06-01' },
      { name: 'accepted until today (the last day counts)', workshop: broken((w) => void (w.preMortemRisks[0]!.acceptance = accepted('2026-06-01'))), today: '2026-06-01' },
      { name: 'accepted until a later date', workshop: broken((w) => void (w.preMortemRisks[0]!.acceptance = accepted('2027-06-01'))), today: '2026-06-01' },
      { name: 'no today given: a dated acceptance stays live', workshop: broken((w) => void (w.preMortemRisks[0]!.acceptance = accepted('2020-01-01'))) },
      { name: 'accepted with no date (the other rule says it)', workshop: broken((w) => void (w.preMortemRisks[0]!.acceptance = accepted(null))), today: '2026-06-01' },
    ],
  },

  'risks.acceptance-no-expiry': {
    fires: [
      {
        name: 'accepted with no end date',
        workshop: broken((w) => void (w.preMortemRisks[0]!.acceptance = accepted(null))),
        mentions: ['Fay Lund', 'no end date'],
        fieldPath: ['preMortemRisks', { id: READY.risk }, 'acceptance', 'until'],
      },
      {
        name: 'accepted with no end date, whatever today is',
        workshop: broken((w) => void (w.preMortemRisks[0]!.acceptance = accepted(null))),
        today: '2026-06-01',
      },
    ],
    quiet: [
      { name: 'the ready workshop', workshop: ready },
      { name: 'accepted with an end date', workshop: broken((w) => void (w.preMortemRisks[0]!.acceptance = accepted('2027-06-01'))) },
    ],
  },
};

const findingsOf = (workshop: Workshop, ruleId: string, today?: string): Finding[] =>
  assessReadiness(workshop, { today }).findings.filter((f) => f.ruleId === ruleId);

describe('readiness rules', () => {
  it('has fire and quiet cases for every rule, and no cases for rules that do not exist', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const cases of Object.values(CASES)) {
      expect(cases.fires.length).toBeGreaterThan(0);
      expect(cases.quiet.length).toBeGreaterThan(0);
    }
  });

  it('builds its workshops as valid workshop records', () => {
    for (const [ruleId, cases] of Object.entries(CASES)) {
      for (const { name, workshop } of [...cases.fires, ...cases.quiet]) {
        const result = WorkshopSchema.safeParse(workshop);
        expect(result.success ? 'valid' : result.error.issues, `${ruleId}: ${name}`).toBe('valid');
      }
    }
  });

  describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (ruleId, rule) => {
    const cases = CASES[ruleId]!;

    it.each(cases.fires.map((c) => [c.name, c] as const))('fires: %s', (_name, c) => {
      const found = findingsOf(c.workshop, ruleId, c.today);
      expect(found).toHaveLength(c.count ?? 1);
      for (const finding of found) {
        expect(finding).toMatchObject({ severity: rule.severity, area: rule.area });
        expect(finding.title.length).toBeGreaterThan(0);
        expect(finding.title.length).toBeLessThanOrEqual(80);
        expect(getAtPath(c.workshop, finding.fix.fieldPath)).not.toBeUndefined();
      }
      const text = found.map((f) => `${f.message} ${f.fix.label}`).join(' ');
      for (const words of c.mentions ?? []) expect(text).toContain(words);
      if (c.fieldPath !== undefined) expect(found[0]!.fix.fieldPath).toEqual(c.fieldPath);
    });

    it.each(cases.quiet.map((c) => [c.name, c] as const))('stays quiet: %s', (_name, c) => {
      expect(findingsOf(c.workshop, ruleId, c.today)).toEqual([]);
    });
  });

  it('breaks only the rule under test on the ready workshop (single-change cases)', () => {
    // A handful of single changes and the one rule each must trip, and nothing else.
    const single: readonly [string, Workshop][] = [
      ['operating-model.owner-not-confirmed', CASES['operating-model.owner-not-confirmed']!.fires[0]!.workshop],
      ['standards.no-owner', CASES['standards.no-owner']!.fires[1]!.workshop],
      ['cost.transition-far-below-prototype', CASES['cost.transition-far-below-prototype']!.fires[0]!.workshop],
      ['ownership.raci-row', CASES['ownership.raci-row']!.fires[1]!.workshop],
      ['transition.length-out-of-range', CASES['transition.length-out-of-range']!.fires[0]!.workshop],
      ['pilot.curated-data', CASES['pilot.curated-data']!.fires[0]!.workshop],
      ['risks.unanswered', CASES['risks.unanswered']!.fires[0]!.workshop],
    ];
    for (const [ruleId, workshop] of single) {
      const problems = assessReadiness(workshop).findings.filter((f) => f.severity !== 'fine');
      expect(problems.map((f) => f.ruleId)).toEqual([ruleId]);
    }
  });
});
