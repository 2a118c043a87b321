import type { Workshop } from '../../../../../shared/domain/workshop';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { FieldPath } from '../../../../../shared/editing/field-path';
import { AutosaveField } from '../../../editing/AutosaveField';
import { AutosaveParsedField, formatWholeNumber, parseWholeNumber } from '../../../editing/AutosaveParsedField';
import { NullableDateField } from '../../../editing/NullableDateField';

// Module-level, so the parsed field sees the same function and paths on every render.
const parseGoldenSetSize = parseWholeNumber(0, LIMITS.goldenSetSize);
const PATH = {
  goldenSetSize: ['operatingModel', 'qualityGate', 'goldenSetSize'],
  passThreshold: ['operatingModel', 'qualityGate', 'passThreshold'],
  modelEndOfLife: ['operatingModel', 'modelEndOfLife'],
} as const satisfies Record<string, FieldPath>;

/**
 * What keeps it working after go-live: the golden set every change of model, prompt, retrieval
 * index or guardrail must pass, and the day the model itself is retired by its vendor.
 */
export function QualityGateCard({ workshop }: { workshop: Workshop }) {
  const { qualityGate, modelEndOfLife } = workshop.operatingModel;
  return (
    <section className="card om-quality-gate" aria-labelledby="om-quality-gate">
      <h2 id="om-quality-gate">Quality gate and model life</h2>
      <p className="muted">Every change of model, prompt, retrieval index or guardrail runs the golden set before it goes live.</p>
      <div className="om-grid">
        <AutosaveParsedField<number | null>
          workshopId={workshop.id}
          path={PATH.goldenSetSize}
          value={qualityGate.goldenSetSize}
          label="Golden set size"
          hint="How many real inputs, with known right answers, e.g. 500."
          parse={parseGoldenSetSize}
          format={formatWholeNumber}
          inputMode="numeric"
        />
        <AutosaveField
          workshopId={workshop.id}
          path={PATH.passThreshold}
          value={qualityGate.passThreshold}
          label="Pass threshold"
          hint="What a change must score to go live, e.g. ≥ 95% routed to the right queue."
          maxLength={LIMITS.shortText}
          multiline
          rows={2}
        />
        <NullableDateField
          workshopId={workshop.id}
          path={PATH.modelEndOfLife}
          value={modelEndOfLife}
          label="Model end of life"
          hint="When the vendor retires the model in production: the date a replacement must have passed the gate."
        />
      </div>
    </section>
  );
}
