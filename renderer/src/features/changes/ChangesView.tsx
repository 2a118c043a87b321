import { useId, useMemo, useRef } from 'react';
import { describeChanges } from '../../../../shared/changes';
import type { Workshop } from '../../../../shared/domain/workshop';
import { countOf } from '../../../../shared/text';
import { Modal } from '../../ui/Modal';
import { ChangeList } from './ChangeList';
import { localDate } from '../../db/ids';
import { comparableSnapshot } from './comparable';
import './changes.css';

/**
 * "What changed" between an earlier state of the workshop (a version or a session's baseline) and
 * now: a dialog the facilitator opens and closes, never a screen that blocks the plan.
 */
export function ChangesView({
  title,
  intro,
  before,
  after,
  onClose,
}: {
  /** "Since Workshop day 1, 26 November 2026", "Changes since the version of …". */
  title: string;
  intro: string;
  before: Workshop;
  after: Workshop;
  onClose: () => void;
}) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const result = useMemo(() => {
    const snapshot = comparableSnapshot(before);
    return snapshot.ok ? { ok: true as const, report: describeChanges(snapshot.workshop, after, localDate()) } : snapshot;
  }, [before, after]);

  return (
    <Modal titleId={`${id}-title`} descriptionId={`${id}-intro`} onClose={onClose} className="changes-dialog" dialogRef={dialogRef}>
      <div className="changes-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()} data-autofocus>
          Close
        </button>
      </div>
      <p id={`${id}-intro`} className="muted">
        {intro}
        {result.ok && result.report.count > 0 ? ` ${countOf(result.report.count, 'change')}, most important first.` : ''}
      </p>
      {result.ok ? <ChangeList report={result.report} /> : <p role="alert">This version cannot be compared: {result.message}</p>}
    </Modal>
  );
}
