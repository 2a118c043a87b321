import type { EditableColumn } from '../../../ui/EditableTable';
import { ChevronRight } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import type { Likelihood } from '../../../../../shared/domain/primitives';
import type { Standard, StandardStatus } from '../../../../../shared/domain/standards';
import { AutosaveField } from '../../../editing/AutosaveField';
import { CheckField } from '../../../editing/CheckField';
import { ChoiceField } from '../../../editing/ChoiceField';
import { defaultDescription, PRIORITY_OPTIONS, STATUS_OPTIONS } from './standards-logic';
import { SuggestedCriteria } from './SuggestedCriteria';

/** What every cell of a standard's row needs to know. */
export interface StandardRowContext {
  readonly workshopId: string;
  /** What the room calls each standard, by id; names the row's controls ("Owner of Security review"). */
  readonly titles: ReadonlyMap<string, string>;
  /** Each custom standard's place among the custom ones; the ten defaults have none. */
  readonly customNumbers: ReadonlyMap<string, number>;
  readonly isOpen: (id: string) => boolean;
  readonly onToggle: (id: string) => void;
  readonly update: (id: string, patch: Partial<Pick<Standard, 'applies' | 'priority' | 'status'>>) => void;
  /** Appends a criterion from the library to the standard's acceptance criteria. */
  readonly addCriterion: (id: string, criterion: string) => void;
  /** The <datalist> of participants' names offered for the owner. */
  readonly suggestionsId: string;
}

const pathOf = (standard: Standard) => ['standards', { id: standard.id }] as const;
export const detailIdOf = (standard: Standard) => `standard-detail-${standard.id}`;

/**
 * One standard is the line the room scans (name, owner, priority, status) and, folded below it,
 * what the room discusses (applies or why not, acceptance criteria, evidence).
 */
export function standardColumns(context: StandardRowContext): EditableColumn<Standard>[] {
  const { workshopId, titles, customNumbers, isOpen, onToggle, update, suggestionsId } = context;
  const title = (standard: Standard) => titles.get(standard.id) ?? '';
  return [
    {
      header: 'Standard',
      isRowHeader: true,
      cellClassName: 'standard-name-cell',
      render: (standard) => {
        const customNumber = customNumbers.get(standard.id);
        const description = defaultDescription(standard);
        return (
          <>
            <div className="standard-name-line">
              <button
                type="button"
                className="icon-button standard-toggle"
                aria-expanded={isOpen(standard.id)}
                aria-controls={isOpen(standard.id) ? detailIdOf(standard) : undefined}
                aria-label={`Details of ${title(standard)}`}
                onClick={() => onToggle(standard.id)}
              >
                <ChevronRight aria-hidden="true" size={22} />
              </button>
              {customNumber !== undefined ? (
                <AutosaveField
                  workshopId={workshopId}
                  path={[...pathOf(standard), 'name']}
                  value={standard.name}
                  label={`Name of custom standard ${customNumber}`}
                  placeholder="Name this standard"
                  hideLabel
                />
              ) : (
                <span className="standard-name">{standard.name || title(standard)}</span>
              )}
            </div>
            {description && <p className="standard-description">{description}</p>}
            <StandardFlags standard={standard} />
          </>
        );
      },
    },
    {
      header: 'Owner',
      cellClassName: 'standard-owner',
      render: (standard) => (
        <WithSuggestions listId={suggestionsId}>
          <AutosaveField
            workshopId={workshopId}
            path={[...pathOf(standard), 'owner']}
            value={standard.owner}
            label={`Owner of ${title(standard)}`}
            placeholder="Name an owner"
            hideLabel
          />
        </WithSuggestions>
      ),
    },
    {
      header: 'Priority',
      render: (standard) => (
        <ChoiceField<Likelihood>
          path={[...pathOf(standard), 'priority']}
          label={`Priority of ${title(standard)}`}
          hideLabel
          value={standard.priority}
          options={PRIORITY_OPTIONS}
          onChange={(priority) => update(standard.id, { priority })}
        />
      ),
    },
    {
      header: 'Status',
      cellClassName: (standard) => `standard-status status-${standard.status}`,
      render: (standard) => (
        <ChoiceField<StandardStatus>
          path={[...pathOf(standard), 'status']}
          label={`Status of ${title(standard)}`}
          hideLabel
          value={standard.status}
          options={STATUS_OPTIONS}
          onChange={(status) => update(standard.id, { status })}
        />
      ),
    },
  ];
}

/** The row group's class: open, not applying and discussed rows look different. */
export const standardRowClass = (standard: Standard, isOpen: boolean) =>
  `standard${isOpen ? ' open' : ''}${standard.applies ? '' : ' not-applying'}${standard.status === 'not-discussed' ? '' : ' discussed'}`;

/** The folded part of a standard, shown while its row is open. */
export function StandardDetail({ context, standard }: { context: StandardRowContext; standard: Standard }) {
  const { workshopId, update } = context;
  const title = context.titles.get(standard.id) ?? '';
  const path = pathOf(standard);
  return (
    <tr className="standard-detail">
      <td colSpan={5} id={detailIdOf(standard)}>
        <div className="standard-applies">
          <CheckField
            path={[...path, 'applies']}
            label={
              <>
                Applies to this capability<span className="visually-hidden"> — {title}</span>
              </>
            }
            checked={standard.applies}
            onChange={(applies) => update(standard.id, { applies })}
          />
          {!standard.applies && (
            <AutosaveField
              workshopId={workshopId}
              path={[...path, 'notApplicableReason']}
              value={standard.notApplicableReason}
              label={`Why ${title} does not apply`}
              hint="A default that does not apply needs a reason the room agrees with."
              multiline
              rows={2}
            />
          )}
        </div>
        <div className="standard-detail-grid">
          <AutosaveField
            workshopId={workshopId}
            path={[...path, 'acceptanceCriteria']}
            value={standard.acceptanceCriteria}
            label={`Acceptance criteria for ${title}`}
            hint="What must be true, checkably, before go-live."
            multiline
            rows={3}
          />
          <AutosaveField
            workshopId={workshopId}
            path={[...path, 'evidence']}
            value={standard.evidence}
            label={`Evidence for ${title}`}
            hint="What will show it is met: a report, a sign-off, a test record."
            multiline
            rows={3}
          />
        </div>
        <SuggestedCriteria standard={standard} title={title} onAdd={(criterion) => context.addCriterion(standard.id, criterion)} />
      </td>
    </tr>
  );
}

/**
 * Short flags in the folded line, so the room sees the gaps without opening every row. A standard
 * not discussed yet says so in its status; gaps are flagged once the room has talked about it.
 */
function StandardFlags({ standard }: { standard: Standard }) {
  const flags: { text: string; tone: 'muted' | 'warning' }[] = [];
  if (!standard.applies) {
    flags.push({ text: 'Does not apply', tone: 'muted' });
    if (standard.notApplicableReason.trim() === '') flags.push({ text: 'No reason given', tone: 'warning' });
  } else if (standard.status !== 'not-discussed' && standard.acceptanceCriteria.trim() === '') {
    flags.push({ text: 'No acceptance criteria', tone: 'warning' });
  }
  if (flags.length === 0) return null;
  return (
    <p className="standard-flags">
      {flags.map((flag) => (
        <span key={flag.text} className={`standard-flag ${flag.tone}`}>
          {flag.text}
        </span>
      ))}
    </p>
  );
}

/**
 * Offers the participants' names for the owner field. AutosaveField has no `list` prop, so the
 * attribute is set on its input here; React does not manage `list`, so nothing overwrites it.
 * (Simpler as an AutosaveField prop: see the stage's notes to the lead.)
 */
function WithSuggestions({ listId, children }: { listId: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('input')?.setAttribute('list', listId);
  }, [listId]);
  return (
    <div ref={ref} className="with-suggestions">
      {children}
    </div>
  );
}
