import { PHASES, type Phase } from '../../../../../shared/domain/sessions';
import type { Workshop } from '../../../../../shared/domain/workshop';
import { PHASE_LABELS } from '../../../../../shared/readiness/gate';
import { ChoiceField } from '../../../editing/ChoiceField';
import type { WorkshopEdit } from '../../../editing/useWorkshopEdit';
import { setPhase } from '../pilot/results-recipes';

const PHASE_OPTIONS = PHASES.map((value) => ({ value, label: PHASE_LABELS[value] }));

/**
 * Where the plan is, as the library shows it. The go/no-go sets it; the room sets it by hand for the
 * rest (the pilot started, the transition finished and it is in production).
 */
export function PhaseField({ workshop, edit }: { workshop: Workshop; edit: WorkshopEdit }) {
  return (
    <ChoiceField<Phase>
      path={['meta', 'phase']}
      label="Phase"
      value={workshop.meta.phase}
      options={PHASE_OPTIONS}
      onChange={(phase) => void edit(setPhase(phase))}
    />
  );
}
