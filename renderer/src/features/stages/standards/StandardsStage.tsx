import { EditableTable } from '../../../ui/EditableTable';
import { ChevronsDownUp, ChevronsUpDown, RotateCcw } from 'lucide-react';
import { useId, useState } from 'react';
import { LIMITS } from '../../../../../shared/domain/limits';
import { newId } from '../../../db/ids';
import { useFieldFocus, requestFieldFocus } from '../../../editing/field-focus';
import type { StageProps } from '../stage-props';
import { StandardDetail, standardColumns, standardRowClass, type StandardRowContext } from './standard-columns';
import {
  customNumbers,
  defaultName,
  describeStandards,
  missingDefaultKeys,
  rowOfFocusTarget,
  standardTitles,
} from './standards-logic';
import { withCriterion } from '../../../../../shared/method/criteria-text';
import { showToast } from '../../../ui/toasts';
import { addStandard, addSuggestedCriterion, removeStandard, restoreDefaultStandards, updateStandard } from './standards-recipes';
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
  const rowContext: StandardRowContext = {
    workshopId: workshop.id,
    titles: new Map(standards.map((standard, index) => [standard.id, titles[index] ?? ''])),
    customNumbers: customNumbers(standards),
    isOpen: (id) => openIds.has(id),
    onToggle: (id) => toggle(id),
    update: (id, patch) => void edit(updateStandard(id, patch)),
    addCriterion: (id, criterion) => addCriterion(id, criterion),
    suggestionsId,
  };
  const missing = missingDefaultKeys(standards);
  const ownerSuggestions = [...new Set(workshop.participants.map((p) => p.name.trim()).filter((name) => name !== ''))];
  const isAllOpen = standards.length > 0 && standards.every((s) => openIds.has(s.id));

  const toggle = (id: string) => {
    const next = new Set(openIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpenIds(next);
  };

  const addOwnStandard = () => {
    const id = newId();
    setOpenIds(new Set(openIds).add(id));
    requestFieldFocus(['standards', { id }, 'name']);
    void edit(addStandard(id));
  };

  const addCriterion = (id: string, criterion: string) => {
    const standard = standards.find((s) => s.id === id);
    if (standard === undefined) return;
    if (withCriterion(standard.acceptanceCriteria, criterion, LIMITS.longText) === null) {
      showToast({
        message: `The acceptance criteria for ${rowContext.titles.get(id) ?? 'this standard'} are at their limit of ${LIMITS.longText.toLocaleString('en-GB')} characters: shorten them to add another.`,
        tone: 'error',
      });
      return;
    }
    void edit(addSuggestedCriterion(id, criterion));
  };

  const restoreDefaults = () => void edit(restoreDefaultStandards(newId));

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
            {missing.length === 1 ? 'One of the ten defaults is missing' : `${missing.length} of the ten defaults are missing`}:{' '}
            <strong>{missing.map(defaultName).join(', ')}</strong>. They are always on the table — if one does not apply,
            untick “Applies” and say why.
          </p>
          <button type="button" className="button" onClick={restoreDefaults} disabled={standards.length + missing.length > LIMITS.standards}>
            <RotateCcw aria-hidden="true" size={18} />
            Restore the ten defaults
          </button>
        </div>
      )}

      <datalist id={suggestionsId}>
        {ownerSuggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <EditableTable
        rows={standards}
        columns={standardColumns(rowContext)}
        field={['standards']}
        baseClassName="standards-table"
        rowClassName={(standard) => standardRowClass(standard, openIds.has(standard.id))}
        lineClassName="standard-line"
        rowDetail={(standard) => (openIds.has(standard.id) ? <StandardDetail context={rowContext} standard={standard} /> : null)}
        empty="No standards. Restore the ten defaults, then add what this capability needs on top."
        rowName={(standard) => rowContext.titles.get(standard.id) ?? ''}
        onRemove={(standard) => edit(removeStandard(standard.id))}
        canRemove={(standard) => standard.key === 'custom'}
        add={{ label: 'Add a standard', onAdd: addOwnStandard, disabled: standards.length >= LIMITS.standards }}
      />
    </section>
  );
}
