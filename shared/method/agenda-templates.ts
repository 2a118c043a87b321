import type { StageId } from './stages';

export const TEMPLATE_IDS = ['full', 'express'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export type AgendaTemplateBlock =
  | { readonly kind: 'stage'; readonly stageId: StageId; readonly minutes: number }
  | { readonly kind: 'break'; readonly stageId: null; readonly minutes: number };

export interface AgendaTemplate {
  readonly id: TemplateId;
  readonly title: string;
  readonly description: string;
  readonly blocks: readonly AgendaTemplateBlock[];
}

const stage = (stageId: StageId, minutes: number): AgendaTemplateBlock => ({ kind: 'stage', stageId, minutes });
const pause = (minutes: number): AgendaTemplateBlock => ({ kind: 'break', stageId: null, minutes });

/**
 * The time boxes weight the production stages (end state, who runs it, standards) over the pilot,
 * because that is where rooms usually skimp. Totals: Full 180 min, Express 90 min (tested).
 */
export const AGENDA_TEMPLATES: Readonly<Record<TemplateId, AgendaTemplate>> = {
  full: {
    id: 'full',
    title: 'Full',
    description: 'About 3 hours with two breaks: every stage in depth.',
    blocks: [
      stage('setup', 10),
      stage('end-state', 25),
      stage('operating-model', 25),
      pause(10),
      stage('standards', 25),
      stage('cost', 20),
      stage('ownership', 15),
      pause(10),
      stage('transition', 15),
      stage('pilot', 15),
      stage('review', 10),
    ],
  },
  express: {
    id: 'express',
    title: 'Express',
    description: '90 minutes with one short break: decisions first, detail as follow-up actions.',
    blocks: [
      stage('setup', 5),
      stage('end-state', 12),
      stage('operating-model', 12),
      stage('standards', 12),
      pause(5),
      stage('cost', 10),
      stage('ownership', 8),
      stage('transition', 8),
      stage('pilot', 10),
      stage('review', 8),
    ],
  },
};

export function agendaTotalMinutes(blocks: readonly { readonly minutes: number }[]): number {
  return blocks.reduce((sum, block) => sum + block.minutes, 0);
}

/** Agendas for the sessions after the first workshop; meta.template still names the workshop's. */
export const SESSION_TEMPLATE_IDS = ['follow-up', 'go-no-go'] as const;
export type SessionTemplateId = (typeof SESSION_TEMPLATE_IDS)[number];

export interface SessionAgendaTemplate {
  readonly id: SessionTemplateId;
  readonly title: string;
  readonly description: string;
  /** What a new session of this kind is called until the facilitator renames it. */
  readonly defaultLabel: string;
  readonly blocks: readonly AgendaTemplateBlock[];
}

/**
 * A follow-up starts on the open actions (shown on the review) and ends on the verdict there;
 * the go/no-go review gives the pilot's results most of its time. Totals: 60 and 90 min (tested).
 */
export const SESSION_AGENDA_TEMPLATES: Readonly<Record<SessionTemplateId, SessionAgendaTemplate>> = {
  'follow-up': {
    id: 'follow-up',
    title: 'Follow-up check-in',
    description: 'About 60 minutes: open actions, standards evidence, risks, then the verdict.',
    defaultLabel: 'Follow-up',
    blocks: [stage('review', 20), stage('standards', 15), stage('end-state', 15), stage('pilot', 10)],
  },
  'go-no-go': {
    id: 'go-no-go',
    title: 'Go/no-go review',
    description: 'About 90 minutes: the pilot results against each hypothesis, the gaps that remain, the decision.',
    defaultLabel: 'Go/no-go review',
    blocks: [stage('pilot', 30), stage('standards', 15), stage('cost', 15), pause(5), stage('transition', 15), stage('review', 10)],
  },
};
