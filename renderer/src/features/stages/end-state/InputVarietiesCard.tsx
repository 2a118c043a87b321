import type { InputVariety } from '../../../../../shared/domain/ai-risk';
import { LIMITS } from '../../../../../shared/domain/limits';
import { plural } from '../../../../../shared/text';
import { newId } from '../../../db/ids';
import { AutosaveField } from '../../../editing/AutosaveField';
import { CheckField } from '../../../editing/CheckField';
import { EditableTable, type EditableColumn } from '../../../ui/EditableTable';
import type { StageProps } from '../stage-props';
import { addInputVariety, moveInputVariety, removeInputVariety, setInPilotData } from './end-state-recipes';

/** What the row is called in its controls: its label, or its place while it has none. */
const varietyName = (variety: InputVariety, index: number) => variety.label.trim() || `input variety ${index + 1}`;

/** "4 varieties · 1 not in the pilot data": what the pilot will never have seen. */
function describeVarieties(varieties: readonly InputVariety[]): string {
  const missing = varieties.filter((v) => !v.inPilotData).length;
  const total = plural(varieties.length, 'variety', 'varieties');
  return missing === 0 ? `${total}, all in the pilot data` : `${total} · ${missing} not in the pilot data`;
}

/**
 * The kinds of input production will see (languages, scans, attachment types), each ticked when
 * the pilot's data has it: a kind the pilot never sees is untested when it arrives in production.
 */
export function InputVarietiesCard({ workshop, edit }: StageProps) {
  const varieties = workshop.endState.inputVarieties;
  const path = (variety: InputVariety, key: keyof InputVariety) => ['endState', 'inputVarieties', { id: variety.id }, key] as const;

  const columns: EditableColumn<InputVariety>[] = [
    {
      header: 'Input variety',
      render: (variety, index) => (
        <AutosaveField
          workshopId={workshop.id}
          path={path(variety, 'label')}
          value={variety.label}
          label={`Input variety ${index + 1}`}
          placeholder="E.g. scanned paper invoices"
          hideLabel
        />
      ),
    },
    {
      header: 'In the pilot data',
      cellClassName: 'variety-in-pilot',
      headerClassName: 'variety-in-pilot',
      render: (variety, index) => (
        <CheckField
          path={path(variety, 'inPilotData')}
          label={
            <>
              <span aria-hidden="true">Yes</span>
              <span className="visually-hidden">{varietyName(variety, index)} is in the pilot data</span>
            </>
          }
          checked={variety.inPilotData}
          onChange={(inPilotData) => void edit(setInPilotData(variety.id, inPilotData))}
        />
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby="end-state-varieties">
      <div className="card-head">
        <h2 id="end-state-varieties">Input varieties</h2>
        {varieties.length > 0 && (
          <p className="muted" aria-live="polite">
            {describeVarieties(varieties)}
          </p>
        )}
      </div>
      <p className="muted end-state-lead">
        Every kind of input production will see. Tick the ones the pilot’s data includes: the rest are untested.
      </p>
      <EditableTable
        rows={varieties}
        columns={columns}
        field={['endState', 'inputVarieties']}
        className="varieties-table"
        empty="No input varieties yet. Name each language, format and attachment type production will receive."
        rowName={varietyName}
        onRemove={(variety) => edit(removeInputVariety(variety.id))}
        onMove={(variety, offset) => edit(moveInputVariety(variety.id, offset))}
        add={{
          label: 'Add an input variety',
          onAdd: () => edit(addInputVariety(newId())),
          disabled: varieties.length >= LIMITS.inputVarieties,
        }}
      />
    </section>
  );
}
