import type { ComponentType } from 'react';
import type { StageId } from '../../../../shared/method/stages';
import { CostStage } from './cost/CostStage';
import { EndStateStage } from './end-state/EndStateStage';
import { OperatingModelStage } from './operating-model/OperatingModelStage';
import { OwnershipStage } from './ownership/OwnershipStage';
import { PilotStage } from './pilot/PilotStage';
import { ReviewStage } from './review/ReviewStage';
import { SetupStage } from './setup/SetupStage';
import type { StageProps } from './stage-props';
import { StandardsStage } from './standards/StandardsStage';
import { TransitionStage } from './transition/TransitionStage';

/** Which screen shows each stage. */
export const STAGE_SCREENS: Record<StageId, ComponentType<StageProps>> = {
  setup: SetupStage,
  'end-state': EndStateStage,
  'operating-model': OperatingModelStage,
  standards: StandardsStage,
  cost: CostStage,
  ownership: OwnershipStage,
  transition: TransitionStage,
  pilot: PilotStage,
  review: ReviewStage,
};
