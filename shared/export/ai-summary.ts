import type { EndState } from '../domain/end-state';
import type { LifecycleCost } from '../domain/cost';
import type { OperatingModel } from '../domain/operating-model';
import { RISK_CLASS_LABELS, RISK_YES_NO_QUESTIONS, yesNoLabel } from '../method/ai-risk-questions';
import { suggestRiskClass } from '../method/risk-class';
import { formatCentsForExport, formatLongDate, plural } from './format';
import type { Block, Fact } from './summary-model';

/**
 * The summary's lines for the AI-specific fields (record version 3): each stage's section lists
 * them after its other fields, in the same label/value style. Kept apart from summary-model.ts so
 * that file stays about the document's structure.
 */

const NOT_RECORDED = 'Not recorded';
const text = (value: string): string => value.trim() || NOT_RECORDED;

/** "PDF invoices; Scanned paper (not in the pilot data)": what the pilot has not seen stands out. */
export function inputVarietiesFact(endState: EndState): Fact {
  const lines = endState.inputVarieties.map(
    (v) => `${v.label.trim() || 'Unnamed variety'}${v.inPilotData ? '' : ' (not in the pilot data)'}`,
  );
  return { label: 'Input varieties', value: lines.length === 0 ? NOT_RECORDED : lines.join('; ') };
}

/** The class the room chose, or the one the answers suggest, said plainly as guidance. */
export function aiRiskBlocks(endState: EndState): Block[] {
  const risk = endState.aiRisk;
  const suggested = suggestRiskClass(risk).riskClass;
  const suggestion = `the answers suggest ${RISK_CLASS_LABELS[suggested].toLowerCase()}`;
  const riskClass =
    risk.chosenClass === null
      ? `Not decided (${suggestion})`
      : `${RISK_CLASS_LABELS[risk.chosenClass]}, chosen by the room${risk.chosenClass === suggested ? '' : ` (${suggestion})`}`;
  return [
    { kind: 'heading', text: 'AI risk class' },
    { kind: 'paragraph', text: 'Guidance for the room, not legal advice.' },
    {
      kind: 'facts',
      facts: [
        { label: 'Risk class', value: riskClass },
        { label: 'Reasoning', value: text(risk.reasoning) },
        { label: 'Decides or influences', value: text(risk.decidesOrInfluences) },
        { label: 'About whom', value: text(risk.aboutWhom) },
        { label: 'Answers', value: RISK_YES_NO_QUESTIONS.map((q) => `${q.summaryLabel}: ${yesNoLabel(risk[q.key])}`).join(' · ') },
      ],
    },
  ];
}

export function qualityGateFacts(model: OperatingModel): Fact[] {
  const { goldenSetSize, passThreshold } = model.qualityGate;
  const parts = [
    goldenSetSize === null ? null : `Golden set of ${goldenSetSize.toLocaleString('en-GB')} real input${goldenSetSize === 1 ? '' : 's'}`,
    passThreshold.trim() === '' ? null : `pass: ${passThreshold.trim()}`,
  ].filter((part) => part !== null);
  return [
    { label: 'Quality gate', value: parts.length === 0 ? NOT_RECORDED : parts.join('; ') },
    { label: 'Model end of life', value: formatLongDate(model.modelEndOfLife) || NOT_RECORDED },
  ];
}

export function costApprovalFacts(cost: LifecycleCost): Fact[] {
  return [
    {
      label: 'Running cost approved',
      value:
        cost.runningCostApprovedYears === null
          ? NOT_RECORDED
          : `${plural(cost.runningCostApprovedYears, 'year', 'years')}${cost.horizonYears === null ? '' : ` of a ${cost.horizonYears}-year horizon`}`,
    },
    { label: 'Re-validation per year', value: formatCentsForExport(cost.revalidationPerYearCents, cost.currency) },
  ];
}
