import { Link } from 'wouter';
import { CheckField } from '../../../editing/CheckField';
import { setInPilotData } from '../end-state/end-state-recipes';
import type { StageProps } from '../stage-props';

/**
 * The input varieties named on the end-state stage, ticked here when the pilot's data has them:
 * the same stored ticks, so the room can settle them while it plans the pilot's data.
 */
export function PilotInputVarieties({ workshop, edit }: StageProps) {
  const varieties = workshop.endState.inputVarieties;
  return (
    <fieldset className="realism">
      <legend>Input varieties in the pilot data</legend>
      {varieties.length === 0 ? (
        <p className="muted pilot-varieties-empty">
          None listed yet: name them on the <Link href={`/workshop/${workshop.id}/end-state`}>End state stage</Link>.
        </p>
      ) : (
        <div className="realism-checks">
          {varieties.map((variety, index) => (
            <CheckField
              key={variety.id}
              path={['endState', 'inputVarieties', { id: variety.id }, 'inPilotData']}
              label={variety.label.trim() || `Input variety ${index + 1}`}
              checked={variety.inPilotData}
              onChange={(inPilotData) => void edit(setInPilotData(variety.id, inPilotData))}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
