import type { StageId } from '../method/stages';
import type { Area } from './types';

export interface AreaInfo {
  readonly label: string;
  /** Share of the overall score, in percent; all weights add up to 100. */
  readonly weight: number;
  /** Where "Go to…" goes for this area's findings, unless a finding says otherwise. */
  readonly stageId: StageId;
}

/** Weights and their reasons are in the table at the top of assess-readiness.ts. */
export const AREAS: Readonly<Record<Area, AreaInfo>> = {
  people: { label: 'People in the room', weight: 10, stageId: 'setup' },
  'operating-model': { label: 'Who runs it', weight: 20, stageId: 'operating-model' },
  standards: { label: 'Production standards', weight: 15, stageId: 'standards' },
  cost: { label: 'Lifecycle cost', weight: 20, stageId: 'cost' },
  ownership: { label: 'Ownership', weight: 10, stageId: 'ownership' },
  transition: { label: 'Transition', weight: 10, stageId: 'transition' },
  pilot: { label: 'The pilot', weight: 10, stageId: 'pilot' },
  risks: { label: 'Pre-mortem risks', weight: 5, stageId: 'end-state' },
};

