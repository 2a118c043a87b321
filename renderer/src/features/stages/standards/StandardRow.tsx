import { RemoveButton } from '../../../ui/RemoveButton';
import { ChevronRight } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Likelihood } from '../../../../../shared/domain/primitives';
import type { Standard, StandardStatus } from '../../../../../shared/domain/standards';
import { AutosaveField } from '../../../editing/AutosaveField';
import { CheckField } from '../../../editing/CheckField';
import { ChoiceField } from '../../../editing/ChoiceField';
import { defaultDescription, PRIORITY_OPTIONS, STATUS_OPTIONS } from './standards-logic';

interface StandardRowProps {
  readonly workshopId: string;
  readonly standard: Standard;
  /** What the room calls it; names the row's controls ("Owner of Security review"). */
  readonly title: string;
  /** Its place among the custom standards, or null for one of the seven defaults. */
  readonly customNumber: number | null;
  readonly isOpen: boolean;
  readonly onToggle: () => void;
  readonly update: (patch: Partial<Pick<Standard, 'applies' | 'priority' | 'status'>>) => void;
  readonly onRemove: () => void;
  /** The <datalist> of participants' names offered for the owner. */
  readonly suggestionsId: string;
}

/**
 * One standard: the line the room scans (name, owner, priority, status) and, folded below it,
 * what the room discusses (applies or why not, acceptance criteria, evidence).
 */
export function StandardRow({
  workshopId,
  standard,
  title,
  customNumber,
  isOpen,
  onToggle,
  update,
  onRemove,
  suggestionsId,
}: StandardRowProps) {
  const detailId = useId();
  const path = ['standards', { id: standard.id }] as const;
  const description = defaultDescription(standard);
  const isCustom = customNumber !== null;

  return (
    <tbody
      className={`standard${isOpen ? ' open' : ''}${standard.applies ? '' : ' not-applying'}${
        standard.status === 'not-discussed' ? '' : ' discussed'
      }`}
    >
      <tr className="standard-line">
        <th scope="row" className="standard-name-cell">
          <div className="standard-name-line">
            <button
              type="button"
              className="icon-button standard-toggle"
              aria-expanded={isOpen}
              aria-controls={isOpen ? detailId : undefined}
              aria-label={`Details of ${title}`}
              onClick={onToggle}
            >
              <ChevronRight aria-hidden="true" size={22} />
            </button>
            {isCustom ? (
              <AutosaveField
                workshopId={workshopId}
                path={[...path, 'name']}
                value={standard.name}
                label={`Name of custom standard ${customNumber}`}
                placeholder="Name this standard"
                hideLabel
              />
            ) : (
              <span className="standard-name">{standard.name || title}</span>
            )}
          </div>
          {description && <p className="standard-description">{description}</p>}
          <StandardFlags standard={standard} />
        </th>
        <td className="standard-owner">
          <WithSuggestions listId={suggestionsId}>
            <AutosaveField
              workshopId={workshopId}
              path={[...path, 'owner']}
              value={standard.owner}
              label={`Owner of ${title}`}
              placeholder="Name an owner"
              hideLabel
            />
          </WithSuggestions>
        </td>
        <td>
          <ChoiceField<Likelihood>
            path={[...path, 'priority']}
            label={`Priority of ${title}`}
            hideLabel
            value={standard.priority}
            options={PRIORITY_OPTIONS}
            onChange={(priority) => update({ priority })}
          />
        </td>
        <td className={`standard-status status-${standard.status}`}>
          <ChoiceField<StandardStatus>
            path={[...path, 'status']}
            label={`Status of ${title}`}
            hideLabel
            value={standard.status}
            options={STATUS_OPTIONS}
            onChange={(status) => update({ status })}
          />
        </td>
        <td className="standard-remove">
          {isCustom && (
            <RemoveButton label={`Remove ${title}`} onClick={onRemove} />
          )}
        </td>
      </tr>
      {isOpen && (
        <tr className="standard-detail">
          <td colSpan={5} id={detailId}>
            <div className="standard-applies">
              <CheckField
                path={[...path, 'applies']}
                label={
                  <>
                    Applies to this capability<span className="visually-hidden"> — {title}</span>
                  </>
                }
                checked={standard.applies}
                onChange={(applies) => update({ applies })}
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
          </td>
        </tr>
      )}
    </tbody>
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
