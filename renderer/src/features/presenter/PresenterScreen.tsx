import { buildPresenterView, type PresenterVerdict, type PresenterView } from '../../../../shared/presenter/presenter-view';
import { useWorkshop } from '../../editing/useWorkshop';
import { PresenterNotes } from './PresenterNotes';
import { PresenterTimer } from './PresenterTimer';
import { usePresenterWindow } from './usePresenterWindow';
import './presenter.css';

/**
 * The projector view (issue 5): what the room reads from the back of the room, and nothing else.
 * No controls and no app chrome; it reads the same Dexie record as the facilitator's window, so
 * every stage change and edit there arrives here by itself (Dexie's liveQuery crosses windows).
 */
export function PresenterScreen({ params }: { params: { id: string } }) {
  const workshop = useWorkshop(params.id);
  const isResolved = workshop !== undefined;
  usePresenterWindow(isResolved);

  if (workshop === undefined) return <main className="presenter" aria-busy="true" aria-label="Opening the presenter view" />;
  if (workshop === null) {
    return (
      <main className="presenter presenter-missing" aria-labelledby="presenter-missing-title">
        <h1 id="presenter-missing-title">Nothing to present</h1>
        <p>This workshop is not in the library on this computer. Close this window and open a workshop to present it.</p>
      </main>
    );
  }
  return <Presenting view={buildPresenterView(workshop)} />;
}

function Presenting({ view }: { view: PresenterView }) {
  const hasNotes = view.columns.length > 0;
  return (
    <main className={`presenter ${hasNotes ? 'has-notes' : 'no-notes'}`} aria-labelledby="presenter-question">
      <header className="presenter-head">
        <p className="presenter-kicker">{view.kicker}</p>
        {view.timer && <PresenterTimer timer={view.timer} />}
      </header>
      <h1 id="presenter-question" className="presenter-question">
        {view.question}
      </h1>
      {view.verdict && <PresenterVerdictLine verdict={view.verdict} />}
      {hasNotes && <PresenterNotes columns={view.columns} isShowingVotes={view.isShowingVotes} />}
    </main>
  );
}

/**
 * The review's verdict as one sentence on the wall, its opening words (the verdict itself) in the
 * verdict's colour; the words say it too, so the colour is never the only cue.
 */
function PresenterVerdictLine({ verdict }: { verdict: PresenterVerdict }) {
  const lead = `${verdict.label}:`;
  const rest = verdict.reason.startsWith(lead) ? verdict.reason.slice(lead.length) : null;
  return (
    <p className={`presenter-verdict presenter-verdict-${verdict.verdict}`} data-testid="presenter-verdict">
      {rest === null ? (
        verdict.reason
      ) : (
        <>
          <strong>{lead}</strong>
          {rest}
        </>
      )}
    </p>
  );
}
