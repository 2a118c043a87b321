import type { ComponentType } from 'react';
import type { StageId } from '../../../../shared/method/stages';
import { SetupStage } from './setup/SetupStage';
import type { StageProps } from './stage-props';

/** Which screen shows each stage. */
export const STAGE_SCREENS: Partial<Record<StageId, ComponentType<StageProps>>> = {
  setup: SetupStage,
};
