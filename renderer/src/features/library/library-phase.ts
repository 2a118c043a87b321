import { PHASES, type Phase } from '../../../../shared/domain/phases';
import { PHASE_LABELS, phaseOf } from '../../../../shared/readiness/gate';

/** The library's phase filter: one phase, or every workshop. */
export type PhaseFilter = Phase | 'all';

export const PHASE_FILTER_OPTIONS: readonly { readonly value: PhaseFilter; readonly label: string }[] = [
  { value: 'all', label: 'All phases' },
  ...PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] })),
];

export const isPhaseFilter = (value: unknown): value is PhaseFilter =>
  PHASE_FILTER_OPTIONS.some((option) => option.value === value);

/** A row written before phases existed counts as Planning (phaseOf). */
export const matchesPhase = (summary: { readonly phase?: Phase | undefined }, filter: PhaseFilter): boolean =>
  filter === 'all' || phaseOf(summary) === filter;

export const phaseLabel = (summary: { readonly phase?: Phase | undefined }): string => PHASE_LABELS[phaseOf(summary)];

/** What the library says when the search and the phase filter leave nothing. */
export function noMatchText(query: string, filter: PhaseFilter): string {
  const words = query.trim();
  if (filter === 'all') return `No workshop matches “${words}”.`;
  const inPhase = `in the phase ${PHASE_LABELS[filter]}`;
  return words === '' ? `No workshop is ${inPhase}.` : `No workshop ${inPhase} matches “${words}”.`;
}
