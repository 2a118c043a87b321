import { useId, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { Session } from '../../../../shared/domain/sessions';
import type { Workshop } from '../../../../shared/domain/workshop';
import { runningSession } from '../../../../shared/sessions';
import { formatDay, plural } from '../../../../shared/text';
import { describeStorageError } from '../../editing/storage-errors';
import { Modal } from '../../ui/Modal';
import { showToast } from '../../ui/toasts';
import { endRunningSession, startFollowUp, type FollowUpChoice } from './session-flow';
import { StartSessionForm } from './StartSessionForm';

type View = 'list' | 'confirm-end' | 'start';

/** The plan's sessions, oldest first, with "End session" and "Start a follow-up session…". */
export function SessionsPanel({ workshop, onClose }: { workshop: Workshop; onClose: () => void }) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [view, setView] = useState<View>('list');
  const [isWorking, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const running = runningSession(workshop);

  async function run(work: () => Promise<string | null>, done: string, after?: () => void) {
    setWorking(true);
    setProblem(null);
    try {
      const refused = await work();
      if (refused !== null) {
        setProblem(refused);
        setWorking(false);
        return;
      }
      showToast({ message: done, tone: 'success' });
      dialogRef.current?.close();
      after?.();
    } catch (error) {
      setProblem(describeStorageError(error));
      setWorking(false);
    }
  }

  const endSession = () => void run(() => endRunningSession(workshop.id), `Ended ${running?.label ?? 'the session'}; its baseline is kept.`);
  // A follow-up opens on the review, where the open actions are listed first.
  const start = (choice: FollowUpChoice) =>
    void run(() => startFollowUp(workshop.id, choice), `Started ${choice.label}`, () => navigate(`/workshop/${workshop.id}/review`));

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} dialogRef={dialogRef} className="sessions-dialog" role={view === 'confirm-end' ? 'alertdialog' : 'dialog'}>
      <h2 id={`${id}-title`}>{view === 'start' ? 'Start a follow-up session' : view === 'confirm-end' ? `End ${running?.label ?? 'the session'}?` : 'Sessions'}</h2>
      {view === 'list' && (
        <>
          <ol className="session-list" aria-label="Sessions of this plan">
            {workshop.sessions.map((session) => (
              <SessionRow key={session.id} session={session} workshop={workshop} />
            ))}
          </ol>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
            {running && (
              <button type="button" className="button" onClick={() => setView('confirm-end')} data-autofocus>
                End session
              </button>
            )}
            <button type="button" className="button primary" onClick={() => setView('start')} data-autofocus={running ? undefined : true}>
              Start a follow-up session…
            </button>
          </div>
        </>
      )}
      {view === 'confirm-end' && running && (
        <>
          <p>
            Endfirst stores a baseline of the plan exactly as it is now, kept for good, and adds today’s readiness score and verdict to
            the trend. The next session compares with this baseline.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setView('list')} disabled={isWorking} data-autofocus>
              Cancel
            </button>
            <button type="button" className="button primary" onClick={endSession} disabled={isWorking}>
              End {running.label}
            </button>
          </div>
        </>
      )}
      {view === 'start' && <StartSessionForm workshop={workshop} isWorking={isWorking} onCancel={() => setView('list')} onStart={start} />}
      {problem && (
        <p role="alert" className="export-problem">
          {problem}
        </p>
      )}
    </Modal>
  );
}

function SessionRow({ session, workshop }: { session: Session; workshop: Workshop }) {
  const known = new Set(workshop.participants.map((participant) => participant.id));
  const present = session.presentParticipantIds.filter((participantId) => known.has(participantId)).length;
  const times = [session.startTime, session.endTime].filter(Boolean).join('–');
  return (
    <li className="session-row">
      <span className="session-label">{session.label}</span>
      <span>{[formatDay(session.date), times].filter(Boolean).join(', ')}</span>
      <span>{plural(present, 'person', 'people')} present</span>
      <span className={session.endedAt ? 'session-state' : 'session-state is-running'}>
        {session.endedAt ? 'Ended · baseline kept' : 'Running'}
      </span>
    </li>
  );
}
