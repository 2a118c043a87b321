import type { Workshop } from '../../../../shared/domain/workshop';
import type { WorkshopEdit } from '../../editing/useWorkshopEdit';

/** What every stage screen receives: the live workshop and the one way to change its structure. */
export interface StageProps {
  readonly workshop: Workshop;
  readonly edit: WorkshopEdit;
}
