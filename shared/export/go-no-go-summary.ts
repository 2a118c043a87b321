import type { Workshop } from '../domain/workshop';
import { GO_NO_GO_LABELS, HYPOTHESIS_OUTCOME_LABELS } from '../method/go-no-go';
import type { ReadinessReport } from '../readiness/types';
import { formatLongDate, formatShortDate } from './format';

/**
 * The pilot's results and the go/no-go in the summary (PDF and Markdown alike): the results table
 * and the decision in the pilot section, and on page 1 the gate the verdict speaks of, or, for a
 * stopped plan, the stop recorded as a finished plan.
 */

/** The same shape as summary-model.ts's Block, kept structural so this file does not import it back. */
type ResultBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'facts'; readonly facts: readonly { readonly label: string; readonly value: string }[] }
  | {
      readonly kind: 'table';
      readonly table: {
        readonly caption: string;
        readonly columns: readonly { readonly label: string; readonly width?: 'narrow' | 'date' | 'medium' | 'wide' }[];
        readonly rows: readonly (readonly string[])[];
        readonly empty: string;
      };
    };

const NOT_RECORDED = 'Not recorded';
const orNot = (value: string): string => value.trim() || NOT_RECORDED;

function deciderName(workshop: Workshop): string | null {
  const id = workshop.pilot.deciderParticipantId;
  return workshop.participants.find((p) => p.id === id)?.name.trim() || null;
}

/** "Go to transition on 1 June 2027, decided by Oscar Pike." — or null before a decision. */
export function decisionLine(workshop: Workshop): string | null {
  const { outcome, decidedOn } = workshop.pilot.decision;
  if (outcome === null) return null;
  const on = decidedOn === null ? '' : ` on ${formatLongDate(decidedOn)}`;
  const by = deciderName(workshop);
  return `${GO_NO_GO_LABELS[outcome]}${on}${by === null ? '' : `, decided by ${by}`}.`;
}

/** Anything measured or decided yet; a plan still being planned with neither gets no results part. */
export function hasResults(workshop: Workshop): boolean {
  const { hypotheses, decision } = workshop.pilot;
  const measured = hypotheses.some(
    (h) => h.result.outcome !== 'not-measured' || h.result.figure.trim() !== '' || h.result.evidence.trim() !== '' || h.result.measuredOn !== null,
  );
  return measured || decision.outcome !== null || workshop.meta.phase !== 'planning';
}

export function pilotResultsBlocks(workshop: Workshop): ResultBlock[] {
  const { hypotheses, decision } = workshop.pilot;
  if (!hasResults(workshop)) return [];
  return [
    { kind: 'heading', text: 'Results' },
    {
      kind: 'table',
      table: {
        caption: 'Pilot results per hypothesis',
        columns: [
          { label: 'Hypothesis', width: 'wide' },
          { label: 'Result', width: 'date' },
          { label: 'Figure', width: 'medium' },
          { label: 'Evidence', width: 'medium' },
          { label: 'Measured', width: 'date' },
        ],
        rows: hypotheses.map((h, index) => [
          h.statement.trim() || `Hypothesis ${index + 1}`,
          HYPOTHESIS_OUTCOME_LABELS[h.result.outcome],
          h.result.figure.trim() || '—',
          h.result.evidence.trim() || '—',
          formatShortDate(h.result.measuredOn) || '—',
        ]),
        empty: 'No hypotheses, so no results.',
      },
    },
    { kind: 'heading', text: 'The go/no-go' },
    decision.outcome === null
      ? { kind: 'paragraph', text: 'Not decided yet.' }
      : {
          kind: 'facts',
          facts: [
            { label: 'Decision', value: GO_NO_GO_LABELS[decision.outcome] },
            { label: 'Decided on', value: formatLongDate(decision.decidedOn) || NOT_RECORDED },
            { label: 'Decided by', value: deciderName(workshop) ?? NOT_RECORDED },
            { label: 'Rationale', value: orNot(decision.rationale) },
          ],
        },
  ];
}

/** What page 1 says about the gate, replacing the pilot-gate wording where the plan has moved on. */
export interface GateOnPage1 {
  /** "Readiness verdict", "Transition readiness", or "The go/no-go" for a stopped plan. */
  readonly kicker: string;
  /** For a stopped plan, the stop in place of a verdict; otherwise null (the report's label stands). */
  readonly finished: { readonly label: string; readonly reason: string } | null;
  /** The decision in one line, once there is one. */
  readonly decision: string | null;
  /** Said when no finding blocks. */
  readonly nothingBlocks: string;
}

export function gateOnPage1(workshop: Workshop, report: Pick<ReadinessReport, 'gate' | 'stopped'>): GateOnPage1 {
  const decision = decisionLine(workshop);
  if (report.stopped) {
    const on = report.stopped.decidedOn === null ? '' : ` on ${formatLongDate(report.stopped.decidedOn)}`;
    return {
      kicker: 'The go/no-go',
      finished: {
        label: `Stopped${on}`,
        reason: report.stopped.rationale || 'A finished plan: the room decided not to take it further.',
      },
      decision,
      nothingBlocks: 'Nothing blocks: the plan is finished.',
    };
  }
  const transition = report.gate === 'transition';
  return {
    kicker: transition ? 'Transition readiness' : 'Readiness verdict',
    finished: null,
    decision,
    nothingBlocks: transition ? 'Nothing blocks the hand-over.' : 'Nothing blocks the pilot.',
  };
}
