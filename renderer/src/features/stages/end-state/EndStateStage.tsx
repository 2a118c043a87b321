import { AutosaveField } from '../../../editing/AutosaveField';
import { AutosaveParsedField, formatWholeNumber, parseWholeNumber } from '../../../editing/AutosaveParsedField';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { StageProps } from '../stage-props';
import { AiRiskCard } from './AiRiskCard';
import { InputVarietiesCard } from './InputVarietiesCard';
import { PreMortemCard } from './PreMortemCard';
import './end-state.css';

// Module-level so the parsed field sees the same function on every render.
const parseVolume = parseWholeNumber(0, LIMITS.volumePerDay);

export function EndStateStage({ workshop, edit }: StageProps) {
  const { endState } = workshop;
  const field = (key: 'whatRuns' | 'forWhom' | 'volumePerDay' | 'turnaround' | 'qualityBar' | 'brokenInputs') => ({ workshopId: workshop.id, path: ['endState', key] as const });

  return (
    <>
      <section className="card" aria-labelledby="end-state-production">
        <h2 id="end-state-production">Production in 12 months</h2>
        <p className="muted end-state-lead">Describe the service the room needs, not the demo.</p>
        <div className="end-state-grid">
          <AutosaveField
            {...field('whatRuns')}
            value={endState.whatRuns}
            label="What runs"
            hint="What it does, end to end, on a normal day."
            multiline
            rows={3}
          />
          <AutosaveField
            {...field('forWhom')}
            value={endState.forWhom}
            label="For whom"
            hint="Who uses it, and who feels the difference."
            multiline
            rows={3}
          />
          <AutosaveParsedField<number | null>
            {...field('volumePerDay')}
            value={endState.volumePerDay}
            label="Volume per day"
            hint="Items a day, e.g. 1,800. Blank until the room knows."
            parse={parseVolume}
            format={formatWholeNumber}
            inputMode="numeric"
          />
          <AutosaveField
            {...field('turnaround')}
            value={endState.turnaround}
            label="Turnaround"
            hint="How fast each item must be done, busy days included."
            multiline
            rows={2}
          />
          <AutosaveField
            {...field('qualityBar')}
            value={endState.qualityBar}
            label="Quality bar"
            hint="What “working” means, in numbers the room can check."
            multiline
            rows={3}
          />
          <AutosaveField
            {...field('brokenInputs')}
            value={endState.brokenInputs}
            label="What happens to the inputs that break it"
            hint="The scanned fax, the missing field, the odd language."
            multiline
            rows={3}
          />
        </div>
      </section>

      <InputVarietiesCard workshop={workshop} edit={edit} />
      <AiRiskCard workshop={workshop} edit={edit} />
      <PreMortemCard workshop={workshop} edit={edit} />
    </>
  );
}
