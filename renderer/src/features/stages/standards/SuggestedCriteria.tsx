import { Check, ChevronRight, Plus } from 'lucide-react';
import { useId, useState } from 'react';
import type { Standard } from '../../../../../shared/domain/standards';
import { BLANK, SOURCES, suggestedCriteriaFor, type SuggestedCriterion } from '../../../../../shared/method/criteria-library';
import { hasCriterion } from '../../../../../shared/method/criteria-text';

interface SuggestedCriteriaProps {
  readonly standard: Standard;
  /** What the room calls the standard, to tell one standard's list from another's. */
  readonly title: string;
  readonly onAdd: (criterion: string) => void;
}

/**
 * The criteria library for one default standard, folded until asked for. "Add" appends the
 * suggestion to the acceptance criteria above as a line the room then edits; a suggestion already
 * there (even with its blanks filled) says "Added". It stays focusable (aria-disabled, not
 * disabled) so the keyboard does not lose its place when a criterion is added.
 */
export function SuggestedCriteria({ standard, title, onAdd }: SuggestedCriteriaProps) {
  const [isOpen, setOpen] = useState(false);
  const listId = useId();
  const suggestions = suggestedCriteriaFor(standard.key);
  if (suggestions.length === 0) return null;
  const isAdded = (suggestion: SuggestedCriterion) => hasCriterion(standard.acceptanceCriteria, suggestion.text);
  const addedCount = suggestions.filter(isAdded).length;

  return (
    <div className={`suggested-criteria${isOpen ? ' open' : ''}`}>
      <button
        type="button"
        className="button small suggested-toggle"
        aria-expanded={isOpen}
        aria-controls={isOpen ? listId : undefined}
        onClick={() => setOpen(!isOpen)}
      >
        <ChevronRight aria-hidden="true" size={18} />
        Suggested criteria<span className="visually-hidden"> for {title}</span>
        <span className="suggested-count">
          {addedCount} of {suggestions.length} added
        </span>
      </button>
      {isOpen && (
        <ul id={listId} className="suggested-list" aria-label={`Suggested criteria for ${title}`}>
          {suggestions.map((suggestion) => {
            const added = isAdded(suggestion);
            return (
              <li key={suggestion.id} className={`suggested-item${added ? ' added' : ''}`}>
                <button
                  type="button"
                  className={`button small${added ? ' ghost' : ''} suggested-add`}
                  aria-disabled={added}
                  aria-label={`${added ? 'Added' : 'Add'}: ${suggestion.text}`}
                  onClick={() => {
                    if (!added) onAdd(suggestion.text);
                  }}
                >
                  {added ? <Check aria-hidden="true" size={18} /> : <Plus aria-hidden="true" size={18} />}
                  {added ? 'Added' : 'Add'}
                </button>
                <div className="suggested-body">
                  <p className="suggested-text">
                    <WithBlanks text={suggestion.text} />
                  </p>
                  <p className="suggested-why">{suggestion.whyItMatters}</p>
                  <p className="suggested-reference">
                    {capitalise(SOURCES[suggestion.source].full)} · {suggestion.reference}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The blanks drawn as gaps to fill; the text itself keeps `__`, as it will be added. */
function WithBlanks({ text }: { text: string }) {
  const parts = text.split(BLANK);
  return parts.map((part, index) => (
    <span key={index}>
      {part}
      {index < parts.length - 1 && <span className="criterion-blank">{BLANK}</span>}
    </span>
  ));
}
