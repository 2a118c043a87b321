import { useId, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_PRINT_REQUEST, type PaperSize } from '../../../../shared/export/print-route';
import { useHost } from '../../host/HostContext';
import { Modal } from '../../ui/Modal';
import { exportSummaryPdf } from './export-files';

/** The options for the summary PDF, and the progress while it is made. */
export function SummaryPdfDialog({ workshopId, onClose }: { workshopId: string; onClose: () => void }) {
  const id = useId();
  const host = useHost();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [paper, setPaper] = useState<PaperSize>(DEFAULT_PRINT_REQUEST.paper);
  const [includeFacilitatorNotes, setNotes] = useState(DEFAULT_PRINT_REQUEST.includeFacilitatorNotes);
  const [includeAppendix, setAppendix] = useState(DEFAULT_PRINT_REQUEST.includeAppendix);
  const [statusReport, setStatusReport] = useState(false);
  const [isWorking, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (isWorking) return;
    setWorking(true);
    setProblem(null);
    const failure = await exportSummaryPdf(host, workshopId, { paper, includeFacilitatorNotes, includeAppendix, ...(statusReport ? { statusReport: true } : {}) });
    setWorking(false);
    if (failure === null) dialogRef.current?.close();
    else setProblem(failure);
  }

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} dialogRef={dialogRef} className="export-dialog">
      <form onSubmit={submit} aria-busy={isWorking}>
        <h2 id={`${id}-title`}>Export summary PDF</h2>
        <fieldset className="export-options" disabled={isWorking}>
          <legend>Paper</legend>
          <label>
            <input type="radio" name={`${id}-paper`} checked={paper === 'a4'} onChange={() => setPaper('a4')} data-autofocus />
            A4
          </label>
          <label>
            <input type="radio" name={`${id}-paper`} checked={paper === 'letter'} onChange={() => setPaper('letter')} />
            US Letter
          </label>
        </fieldset>
        <fieldset className="export-options" disabled={isWorking}>
          <legend>Document</legend>
          <label>
            <input type="radio" name={`${id}-kind`} checked={!statusReport} onChange={() => setStatusReport(false)} />
            Full session summary
          </label>
          <label>
            <input type="radio" name={`${id}-kind`} checked={statusReport} onChange={() => setStatusReport(true)} />
            One-page status report (verdict, trend, changes, overdue actions, next gate)
          </label>
        </fieldset>
        <fieldset className="export-options" disabled={isWorking || statusReport}>
          <legend>Include</legend>
          <label>
            <input type="checkbox" checked={includeAppendix} onChange={(event) => setAppendix(event.target.checked)} />
            Appendix: captured notes and vote results
          </label>
          <label>
            <input type="checkbox" checked={includeFacilitatorNotes} onChange={(event) => setNotes(event.target.checked)} />
            My facilitator notes (private by default)
          </label>
        </fieldset>
        {isWorking && (
          <p className="export-progress" role="status">
            <span className="export-spinner" aria-hidden="true" />
            Preparing the PDF… this can take a few seconds for a long workshop.
          </p>
        )}
        {problem && (
          <p role="alert" className="export-problem">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()} disabled={isWorking}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={isWorking}>
            {isWorking ? 'Exporting…' : 'Export PDF'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
