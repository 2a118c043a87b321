import { formatCentsForExport, formatLongDate } from '../export/format';
import type { Workshop } from '../domain/workshop';
import { AGENDA_TEMPLATES, type TemplateId } from '../method/agenda-templates';
import { RACI_ROLE_LABELS, type RaciRole } from '../method/raci';
import { STAGES } from '../method/stages';
import { TEAM_LABELS, type TeamId } from '../method/teams';
import { ACTION_STATUS_LABELS, excerpt, joinWords, STANDARD_STATUS_LABELS } from '../text';
import type { ValueFormat } from './types';

/** The two sides of the blended transition team, as the transition stage names them. */
export const TEAM_SIDE_LABELS = { innovation: 'Innovation side', operations: 'Operations side' } as const;

const AI_RISK_CLASS_LABELS: Readonly<Record<string, string>> = { minimal: 'Minimal risk', limited: 'Limited risk', high: 'High risk' };
// Until the screens for record version 4 name these, the words follow the schema's own comments.
const PHASE_LABELS: Readonly<Record<string, string>> = {
  planning: 'Planning',
  pilot: 'Pilot',
  'go-no-go': 'Go/no-go',
  transition: 'Transition',
  production: 'Production',
  stopped: 'Stopped',
};
const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  'not-measured': 'Not measured',
  met: 'Met',
  'not-met': 'Not met',
  inconclusive: 'Inconclusive',
};
const GO_NO_GO_LABELS: Readonly<Record<string, string>> = { go: 'Go', extend: 'Extend', stop: 'Stop' };
const LEVEL_LABELS: Readonly<Record<string, string>> = { low: 'Low', medium: 'Medium', high: 'High' };
const PARTY_KIND_LABELS: Readonly<Record<string, string>> = { team: 'Team', person: 'Person' };
const LINK_KIND_LABELS: Readonly<Record<string, string>> = {
  standard: 'Standard',
  'operating-model': 'Operating model',
  cost: 'Lifecycle cost',
  raci: 'Ownership',
  transition: 'Transition plan',
  pilot: 'Pilot',
  decision: 'Decision',
  action: 'Action',
  risk: 'Risk',
};

/** Shown for a value that was never entered (null or empty text). */
export const NOTHING = 'Not set';

const lookup = (table: Readonly<Record<string, string>>, value: unknown): string =>
  typeof value === 'string' ? (table[value] ?? value) : NOTHING;

/** Names the item a link points at, in whichever of the two workshops still has it. */
function linkTarget(workshop: Workshop, kind: string, refId: string | null): string {
  if (refId === null) return LINK_KIND_LABELS[kind] ?? kind;
  const named: { id: string; text: string }[] = [
    ...workshop.standards.map((s) => ({ id: s.id, text: s.name })),
    ...workshop.raci.activities.map((a) => ({ id: a.id, text: a.name })),
    ...workshop.pilot.hypotheses.map((h) => ({ id: h.id, text: h.statement })),
    ...workshop.room.decisions.map((d) => ({ id: d.id, text: d.text })),
    ...workshop.room.actions.map((a) => ({ id: a.id, text: a.text })),
    ...workshop.preMortemRisks.map((r) => ({ id: r.id, text: r.text })),
  ];
  const found = named.find((item) => item.id === refId);
  return `${LINK_KIND_LABELS[kind] ?? kind}: ${found ? excerpt(found.text, 50) : 'removed from the plan'}`;
}

function links(workshop: Workshop, value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return 'Nothing yet';
  return joinWords(
    value.map((link: { kind?: unknown; refId?: unknown }) =>
      linkTarget(workshop, String(link.kind), typeof link.refId === 'string' ? link.refId : null),
    ),
  );
}

function acceptance(value: unknown): string {
  const { acceptedBy, until } = value as { acceptedBy?: string; until?: string | null };
  const by = acceptedBy?.trim() ? `Accepted by ${acceptedBy.trim()}` : 'Accepted';
  return until ? `${by} until ${formatLongDate(until)}` : `${by}, with no end date`;
}

/**
 * One stored value in the words a reader sees on screen. `workshop` is the state the value
 * belongs to (before or after), so an id names what it named then.
 */
export function formatValue(format: ValueFormat, value: unknown, workshop: Workshop): string {
  if (value === null || value === undefined || value === '') return NOTHING;
  switch (format) {
    case 'text':
    case 'long-text':
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'yes-no':
      return value === true ? 'Yes' : 'No';
    case 'day':
      return typeof value === 'string' ? formatLongDate(value) : NOTHING;
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat('en-GB').format(value) : String(value);
    case 'money':
      return typeof value === 'number' ? formatCentsForExport(value, workshop.cost.currency) : NOTHING;
    case 'participant':
      return workshop.participants.find((p) => p.id === value)?.name.trim() || 'Someone no longer listed';
    case 'team':
      return TEAM_LABELS[value as TeamId] ?? String(value);
    case 'level':
      return lookup(LEVEL_LABELS, value);
    case 'standard-status':
      return lookup(STANDARD_STATUS_LABELS, value);
    case 'action-status':
      return lookup(ACTION_STATUS_LABELS, value);
    case 'raci-role':
      return RACI_ROLE_LABELS[value as RaciRole] ?? String(value);
    case 'stage':
      return STAGES.find((stage) => stage.id === value)?.title ?? String(value);
    case 'team-side':
      return lookup(TEAM_SIDE_LABELS, value);
    case 'standard-ref':
      return workshop.standards.find((s) => s.id === value)?.name.trim() || 'A standard no longer in the plan';
    case 'risk-answers':
    case 'hypothesis-tests':
      return links(workshop, value);
    case 'template':
      return AGENDA_TEMPLATES[value as TemplateId]?.title ?? String(value);
    case 'party-kind':
      return lookup(PARTY_KIND_LABELS, value);
    case 'ai-risk-class':
      return lookup(AI_RISK_CLASS_LABELS, value);
    case 'risk-acceptance':
      return acceptance(value);
    case 'phase':
      return lookup(PHASE_LABELS, value);
    case 'hypothesis-outcome':
      return lookup(OUTCOME_LABELS, value);
    case 'go-no-go':
      return lookup(GO_NO_GO_LABELS, value);
  }
}

/** A value nobody gave a format: still readable, never "[object Object]". */
export function formatUnknown(value: unknown): string {
  if (value === null || value === undefined || value === '') return NOTHING;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return excerpt(JSON.stringify(value), 80);
}
