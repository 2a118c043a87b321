import type { WorkshopMigration } from '../migrations';
import { objectAt, randomUuid, type Loose } from './random-uuid';

/**
 * Schema version 2 → 3: what AI pilots in particular die of.
 *
 * - The three new default standards (evaluation and quality gate, human oversight, AI risk and
 *   impact assessment) are added to every plan that lacks them, as "not discussed": they are put on
 *   the table, never silently applied. A plan that already has a default key keeps its own row.
 * - The end state gains the risk-class questions (unanswered) and an empty list of input varieties.
 * - Every pre-mortem risk gains `acceptance: null`; the plan gains an empty list of accepted findings.
 * - The operating model gains an empty quality gate and no model end-of-life date; the cost model
 *   gains no approved years and no re-validation budget.
 * Nothing already in the plan changes. The step names its three standards itself instead of
 * reading the method's list, so a later default (or a default the room removed on purpose) is never
 * added by this step.
 */
const ADDED_STANDARDS = [
  { key: 'evaluation-quality-gate', name: 'Evaluation and quality gate' },
  { key: 'human-oversight', name: 'Human oversight' },
  { key: 'ai-risk-assessment', name: 'AI risk and impact assessment' },
] as const;

export const aiDepth: WorkshopMigration = {
  upgrade(workshop) {
    const standards = Array.isArray(workshop['standards']) ? (workshop['standards'] as Loose[]) : [];
    const present = new Set(standards.map((standard) => standard?.['key']));
    for (const standard of ADDED_STANDARDS) {
      if (present.has(standard.key)) continue;
      standards.push({
        id: randomUuid(),
        key: standard.key,
        name: standard.name,
        applies: true,
        notApplicableReason: '',
        acceptanceCriteria: '',
        owner: '',
        evidence: '',
        priority: 'high',
        status: 'not-discussed',
      });
    }
    workshop['standards'] = standards;

    const endState = objectAt(workshop, 'endState');
    endState['inputVarieties'] ??= [];
    endState['aiRisk'] ??= {
      decidesOrInfluences: '',
      aboutWhom: '',
      profilesPeople: null,
      personalData: null,
      specialCategoryData: null,
      narrowProceduralTask: null,
      chosenClass: null,
      reasoning: '',
    };

    if (Array.isArray(workshop['preMortemRisks'])) {
      for (const risk of workshop['preMortemRisks'] as Loose[]) {
        if (typeof risk === 'object' && risk !== null) risk['acceptance'] ??= null;
      }
    }
    workshop['acceptedFindings'] ??= [];

    const operatingModel = objectAt(workshop, 'operatingModel');
    operatingModel['qualityGate'] ??= { goldenSetSize: null, passThreshold: '' };
    operatingModel['modelEndOfLife'] ??= null;

    const cost = objectAt(workshop, 'cost');
    cost['runningCostApprovedYears'] ??= null;
    cost['revalidationPerYearCents'] ??= null;
    return workshop;
  },
};
