import { ArrowUpRight } from 'lucide-react';
import { useState } from 'react';
import type { TallyRow } from '../../../../shared/room/votes';
import { PROMOTE_LABELS, PROMOTE_TARGETS, type PromoteTarget } from '../../../../shared/room/promote';

interface VoteResultsProps {
  readonly rows: readonly TallyRow[];
  readonly numbers: ReadonlyMap<string, number>;
  readonly onPromote: (row: TallyRow, target: PromoteTarget) => void;
}

/** The revealed vote: most dots first, each with a way into the plan. */
export function VoteResults({ rows, numbers, onPromote }: VoteResultsProps) {
  const [open, setOpen] = useState<string | null>(null);
  const voted = rows.filter((row) => row.dots > 0);
  const unvoted = rows.filter((row) => row.dots === 0);
  const renderRow = (row: TallyRow) => {
    const number = numbers.get(row.note.id) ?? 0;
    const isOpen = open === row.note.id;
    const menuId = `promote-${row.note.id}`;
    return (
      <li key={row.note.id} className={`vote-result${row.dots === 0 ? ' no-dots' : ''}`}>
        <span className="vote-total">
          <strong>{row.dots}</strong>
          <span>{row.dots === 1 ? 'dot' : 'dots'}</span>
        </span>
        <span className="vote-result-text">
          {row.note.text.trim() || `Note ${number} (empty)`}
          {row.voters > 0 && (
            <span className="muted vote-voters"> · from {row.voters === 1 ? '1 person' : `${row.voters} people`}</span>
          )}
        </span>
        <span className="vote-promote">
          <button
            type="button"
            className="button small"
            aria-expanded={isOpen}
            aria-controls={isOpen ? menuId : undefined}
            aria-label={`Promote to…, note ${number}`}
            onClick={() => setOpen(isOpen ? null : row.note.id)}
          >
            <ArrowUpRight aria-hidden="true" size={18} />
            Promote to…
          </button>
          {isOpen && (
            <span
              id={menuId}
              className="promote-choices"
              role="group"
              aria-label={`Promote note ${number} to`}
              onKeyDown={(event) => {
                if (event.key !== 'Escape') return;
                event.preventDefault();
                setOpen(null);
                event.currentTarget.parentElement?.querySelector<HTMLButtonElement>('[aria-expanded]')?.focus();
              }}
            >
              {PROMOTE_TARGETS.map((target) => (
                <button
                  key={target}
                  type="button"
                  className="button small"
                  onClick={() => {
                    setOpen(null);
                    onPromote(row, target);
                  }}
                >
                  {PROMOTE_LABELS[target]}
                </button>
              ))}
            </span>
          )}
        </span>
      </li>
    );
  };
  // Notes nobody voted for are folded away: the room needs to see what it chose.
  return (
    <>
      {voted.length === 0 ? (
        <p className="empty-note">Nobody put a dot down in this vote.</p>
      ) : (
        <ol className="vote-results" aria-label="Vote results, most dots first">
          {voted.map(renderRow)}
        </ol>
      )}
      {unvoted.length > 0 && (
        <details className="vote-unvoted">
          <summary>
            {unvoted.length === 1 ? '1 note' : `${unvoted.length} notes`} with no dots
          </summary>
          <ol className="vote-results">{unvoted.map(renderRow)}</ol>
        </details>
      )}
    </>
  );
}
