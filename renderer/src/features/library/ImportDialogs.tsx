import { useId, useRef } from 'react';
import { Modal } from '../../ui/Modal';
import type { ConflictChoice, ConflictQuestion, ImportFailure } from './useLibraryImport';

/** "Replace" or "Import as a copy", asked before anything from the file is stored. */
export function ImportConflictDialog({ question }: { question: ConflictQuestion }) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const choice = useRef<ConflictChoice>('cancel');
  const { fileName, total, existingTitles } = question;
  const isOne = existingTitles.length === 1;
  const answer = (value: ConflictChoice) => {
    choice.current = value;
    dialogRef.current?.close();
  };

  return (
    <Modal
      role="alertdialog"
      titleId={`${id}-title`}
      descriptionId={`${id}-description`}
      onClose={() => question.answer(choice.current)}
      dialogRef={dialogRef}
    >
      <h2 id={`${id}-title`}>{isOne ? 'This workshop is already in your library' : 'These workshops are already in your library'}</h2>
      <div id={`${id}-description`} className="lib-dialog-body">
        <p>
          “{fileName}” {total === 1 ? 'holds' : `holds ${total} workshops, including`}{' '}
          {isOne ? 'a workshop' : `${existingTitles.length} workshops`} you already have:
        </p>
        <ul className="lib-conflict-titles">
          {existingTitles.slice(0, 5).map((title, index) => (
            <li key={index}>{title}</li>
          ))}
          {existingTitles.length > 5 && <li className="muted">and {existingTitles.length - 5} more</li>}
        </ul>
        <p className="muted">
          Replace overwrites {isOne ? 'it' : 'them'} with the file; the current {isOne ? 'version is' : 'versions are'} kept in
          Versions, so it can be undone. Import as a copy keeps both.
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => answer('cancel')}>
          Cancel
        </button>
        <button type="button" className="button" onClick={() => answer('copy')} data-autofocus>
          Import as a copy
        </button>
        <button type="button" className="button primary" onClick={() => answer('replace')}>
          Replace
        </button>
      </div>
    </Modal>
  );
}

/** Files that were refused, each with its name and what is wrong where. Nothing was stored. */
export function ImportFailureDialog({ failures, onClose }: { failures: readonly ImportFailure[]; onClose: () => void }) {
  const id = useId();
  const [first] = failures;
  const title =
    failures.length === 1 && first ? `“${first.fileName}” could not be imported` : `${failures.length} files could not be imported`;

  return (
    <Modal role="alertdialog" titleId={`${id}-title`} descriptionId={`${id}-description`} onClose={onClose}>
      <h2 id={`${id}-title`} className="lib-dialog-title-long">
        {title}
      </h2>
      <div id={`${id}-description`} className="lib-dialog-body">
        {failures.length === 1 && first ? (
          <p className="lib-import-problem">{first.message}</p>
        ) : (
          <ul className="lib-import-failures">
            {failures.map((failure, index) => (
              <li key={index}>
                <strong>{failure.fileName}</strong>
                <span className="lib-import-problem">{failure.message}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="muted">Nothing in your library was changed.</p>
      </div>
      <form method="dialog" className="dialog-actions">
        <button type="submit" className="button primary" data-autofocus>
          OK
        </button>
      </form>
    </Modal>
  );
}
