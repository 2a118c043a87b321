import { AddButton } from '../../../ui/AddButton';
import { ChevronsDownUp, ChevronsUpDown, RotateCcw } from 'lucide-react';
import { useId, useState } from 'react';
import { LIMITS } from '../../../../../shared/domain/limits';
import type { Standard } from '../../../../../shared/domain/standards';
import { newId } from '../../../db/ids';
import { fieldAttribute, useFieldFocus, requestFieldFocus } from '../../../editing/field-focus';
import type { StageProps } from '../stage-props';
import { StandardRow } from './StandardRow';
import {
  customNumbers,
  defaultName,
  describeStandards,
  missingDefaultKeys,
  newCustomStandard,
  rowOfFocusTarget,
  standardTitles,
  withDefaultsRestored,
} from './standards-logic';
import './standards.css';

export function StandardsStage({ workshop, edit }: StageProps) {
  const { standards } = workshop;
  const suggestionsId = useId();
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set());

  // "Go to…" from the review (or a new standard) may aim at a field inside a folded row: open
  // that row in this very render, so the field exists when the workshop screen focuses it.
  const focusTarget = useFieldFocus((state) => state.target);
  const targetRowId = rowOfFocusTarget(focusTarget);
  if (targetRowId !== null && !openIds.has(targetRowId) && standards.some((s) => s.id === targetRowId)) {
    setOpenIds(new Set(openIds).add(targetRowId));
  }

  const titles = standardTitles(standards);
  const customs = customNumbers(standards);
  const missing = missingDefaultKeys(standards);
  const ownerSuggestions = [...new Set(workshop.participants.map((p) => p.name.trim()).filter((name) => name !== ''))];
  const isAllOpen = standards.length > 0 && standards.every((s) => openIds.has(s.id));

  const toggle = (id: string) => {
    const next = new Set(openIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpenIds(next);
  };

  const update = (id: string, patch: Partial<Standard>) =>
    void edit((draft) => {
      const target = draft.standards.find((s) => s.id === id);
      if (target) Object.assign(target, patch);
    });

  const addStandard = () => {
    const id = newId();
    setOpenIds(new Set(openIds).add(id));
    requestFieldFocus(['standards', { id }, 'name']);
    void edit((draft) => {
      if (draft.standards.length < LIMITS.standards) draft.standards.push(newCustomStandard(id));
    });
  };

  const restoreDefaults = () =>
    void edit((draft) => {
      draft.standards = withDefaultsRestored(draft.standards, newId);
    });

  return (
    <section className="card standards-card" aria-labelledby="standards-title">
      <div className="card-head">
        <h2 id="standards-title">What “production-ready” means here</h2>
        {standards.length > 0 && (
          <button
            type="button"
            className="button small"
            aria-expanded={isAllOpen}
            onClick={() => setOpenIds(isAllOpen ? new Set() : new Set(standards.map((s) => s.id)))}
          >
            {isAllOpen ? <ChevronsDownUp aria-hidden="true" size={18} /> : <ChevronsUpDown aria-hidden="true" size={18} />}
            {isAllOpen ? 'Fold all details' : 'Show all details'}
          </button>
        )}
      </div>
      <p className="standards-summary" aria-live="polite">
        {describeStandards(standards)}
      </p>

      {missing.length > 0 && (
        <div className="standards-missing" role="status">
          <p>
            {missing.length === 1 ? 'One of the seven defaults is missing' : `${missing.length} of the seven defaults are missing`}:{' '}
            <strong>{missing.map(defaultName).join(', ')}</strong>. They are always on the table — if one does not apply,
            untick “Applies” and say why.
          </p>
          <button type="button" className="button" onClick={restoreDefaults} disabled={standards.length + missing.length > LIMITS.standards}>
            <RotateCcw aria-hidden="true" size={18} />
            Restore the seven defaults
          </button>
        </div>
      )}

      {standards.length === 0 ? (
        <p className="empty-note" {...fieldAttribute(['standards'])} tabIndex={-1}>
          No standards. Restore the seven defaults, then add what this capability needs on top.
        </p>
      ) : (
        <table className="standards-table" {...fieldAttribute(['standards'])} tabIndex={-1}>
          <thead>
            <tr>
              <th scope="col">Standard</th>
              <th scope="col">Owner</th>
              <th scope="col">Priority</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          {standards.map((standard, index) => (
            <StandardRow
              key={standard.id}
              workshopId={workshop.id}
              standard={standard}
              title={titles[index] ?? ''}
              customNumber={customs.get(standard.id) ?? null}
              isOpen={openIds.has(standard.id)}
              onToggle={() => toggle(standard.id)}
              update={(patch) => update(standard.id, patch)}
              onRemove={() =>
                void edit((draft) => {
                  draft.standards = draft.standards.filter((s) => s.id !== standard.id || s.key !== 'custom');
                })
              }
              suggestionsId={suggestionsId}
            />
          ))}
        </table>
      )}
      <datalist id={suggestionsId}>
        {ownerSuggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>

      <AddButton onClick={addStandard} disabled={standards.length >= LIMITS.standards}>Add a standard</AddButton>
    </section>
  );
}
