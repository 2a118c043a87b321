import { Plus, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { pathKey, type FieldPath } from '../../../shared/editing/field-path';

export interface LinkChip {
  readonly key: string;
  readonly content: ReactNode;
  /** False when what it points at was removed from the plan: the chip is struck through. */
  readonly isLive: boolean;
  /** Names the chip's remove button, e.g. "Remove link “Standard: Security review” from hypothesis 1". */
  readonly removeLabel: string;
  readonly onRemove: () => unknown;
}

export interface LinkOptionGroup {
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

interface LinkPickerProps {
  readonly chips: readonly LinkChip[];
  /** Names the list of chips: the id of a visible label, or a label of its own. */
  readonly chipsLabel: { readonly 'aria-labelledby': string } | { readonly 'aria-label': string };
  readonly selectId: string;
  readonly selectLabel: ReactNode;
  readonly selectClassName?: string;
  readonly placeholder: string;
  readonly groups: readonly LinkOptionGroup[];
  readonly value: string;
  readonly onChoose: (value: string) => void;
  /** Where the links live in the workshop: "Go to…" from a finding, and the focus after a change, land on the select. */
  readonly field: FieldPath;
  /** Fields between the select and the button (a note, say). */
  readonly children?: ReactNode;
  readonly addLabel: ReactNode;
  readonly onAdd: () => void;
}

/**
 * Links from one item to parts of the plan, as removable chips with a grouped select to add
 * another: what a hypothesis tests, what answers a pre-mortem risk.
 */
export function LinkPicker({
  chips,
  chipsLabel,
  selectId,
  selectLabel,
  selectClassName,
  placeholder,
  groups,
  value,
  onChoose,
  field,
  children,
  addLabel,
  onAdd,
}: LinkPickerProps) {
  return (
    <>
      {chips.length > 0 && (
        <ul className="tpr-chips" {...chipsLabel}>
          {chips.map((chip) => (
            <li key={chip.key} className={chip.isLive ? 'tpr-chip' : 'tpr-chip dead'}>
              <span className="tpr-chip-text">{chip.content}</span>
              <button type="button" className="icon-button" aria-label={chip.removeLabel} onClick={() => void chip.onRemove()}>
                <X aria-hidden="true" size={18} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tpr-add-row">
        <div className={['field', selectClassName].filter(Boolean).join(' ')}>
          <label htmlFor={selectId}>{selectLabel}</label>
          <select id={selectId} data-field={pathKey(field)} value={value} onChange={(event) => onChoose(event.target.value)}>
            <option value="">{placeholder}</option>
            {groups
              .filter((group) => group.options.length > 0)
              .map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </div>
        {children}
        <button type="button" className="button" onClick={onAdd}>
          <Plus aria-hidden="true" size={18} />
          {addLabel}
        </button>
      </div>
    </>
  );
}
