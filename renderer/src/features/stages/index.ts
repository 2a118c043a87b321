/** The nine workshop stages as other features see them. */
export { StageFrame } from './StageFrame';
export { StageRail } from './StageRail';
export { STAGE_SCREENS } from './stage-screens';
export type { StageProps } from './stage-props';
