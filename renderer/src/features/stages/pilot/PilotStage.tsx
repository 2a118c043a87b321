import type { StageProps } from '../stage-props';

/** Placeholder until this stage's screen is written. */
export function PilotStage({ workshop }: StageProps) {
  return <p className="muted">This stage's editor is being built. ({workshop.meta.title})</p>;
}
