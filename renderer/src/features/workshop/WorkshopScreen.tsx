import { ArrowLeft, History, Save } from 'lucide-react';
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { Link, Redirect } from 'wouter';
import { stageProgress } from '../../../../shared/domain/stage-progress';
import type { Workshop } from '../../../../shared/domain/workshop';
import { STAGE_IDS, STAGES, type StageId } from '../../../../shared/method/stages';
import { useHost } from '../../host/HostContext';
import { showToast } from '../../ui/toasts';
import { SaveIndicator } from '../../editing/SaveIndicator';
import { backupWorkshop } from '../backups';
import { ExportMenu } from '../export';
import { focusRequestedField } from '../../editing/field-focus';
import { UndoRedoButtons, useUndoRedo } from '../history';
import { ParkingLotButton, RoomSection } from '../room';
import { useWorkshopEdit } from '../../editing/useWorkshopEdit';
import { PresentButton } from '../presenter';
import { StageFrame, StageRail, STAGE_SCREENS } from '../stages';
import { AgendaButton, enterStageInDraft, TimerControl } from '../timer';
import { SinceLastSession } from '../changes';
import { SessionsButton } from '../sessions';
import { SaveVersionDialog, VersionsPanel } from '../versions';
import { SyncNotices } from '../team';
import { useOpenWorkshop } from './open-workshop';
import { useStageCommands } from './useStageCommands';
import { useVersionSnapshots } from './useVersionSnapshots';
import { useWorkshop } from '../../editing/useWorkshop';

const isStageId = (value: string | undefined): value is StageId => STAGE_IDS.includes(value as StageId);

export function WorkshopScreen({ params }: { params: { id: string; stage?: string } }) {
  const workshop = useWorkshop(params.id);
  if (workshop === undefined) return <main className="screen" aria-busy="true" aria-label="Opening workshop" />;
  if (workshop === null) return <MissingWorkshop />;
  // The URL names the stage; without one, reopen where the room left off.
  if (!isStageId(params.stage)) return <Redirect to={`/workshop/${workshop.id}/${workshop.meta.currentStage}`} replace />;
  return <OpenWorkshop workshop={workshop} stageId={params.stage} />;
}

function OpenWorkshop({ workshop, stageId }: { workshop: Workshop; stageId: StageId }) {
  const host = useHost();
  const edit = useWorkshopEdit(workshop.id);
  const [panel, setPanel] = useState<'none' | 'save-version' | 'versions'>('none');
  const backUp = useCallback(() => {
    void backupWorkshop(host, workshop.id).then((problem) => {
      if (problem) showToast({ message: `Backup not written. ${problem}`, tone: 'error' });
    });
  }, [host, workshop.id]);
  useVersionSnapshots(workshop.id, backUp);

  useEffect(() => {
    useOpenWorkshop.setState({ id: workshop.id });
    return () => useOpenWorkshop.setState({ id: null, title: null });
  }, [workshop.id]);
  const title = workshop.meta.title || 'Untitled workshop';
  useEffect(() => useOpenWorkshop.setState({ title }), [title]);

  // Remember where the room is, so the library and a reopened workshop show it. Only a change of
  // the URL writes it: when undo takes the record back to another stage, the screen follows the
  // record (useUndoRedo navigates) instead of this effect writing the old stage back. The
  // comparison is made on the stored record inside the edit, because the rendered copy may be a
  // step behind when stages are skipped through quickly; an unchanged record writes nothing.
  useEffect(() => {
    void edit((draft) => {
      if (draft.meta.currentStage === stageId) return;
      draft.meta.currentStage = stageId;
      // The timer hands over in the same edit, so one undo takes back both.
      enterStageInDraft(draft.room, stageId, Date.now());
    });
  }, [stageId, edit]);
  useStageCommands(workshop.id, stageId);
  const history = useUndoRedo(workshop.id, stageId);
  // After the command hooks above (effects run in order): tests wait for this instead of sleeping,
  // as they wait for data-app-ready.
  useEffect(() => {
    document.documentElement.dataset['workshopReady'] = 'true';
    return () => {
      delete document.documentElement.dataset['workshopReady'];
    };
  }, []);

  // A stage change starts at the top; a "Go to…" request focuses its field once it exists.
  // Declared in this order so a new stage first scrolls to the top, then a "Go to…" field is focused
  // (and scrolled into view). Block bodies on purpose: newer Chromium returns a Promise from
  // scrollTo, and an effect returning anything but a cleanup function crashes React on unmount.
  useLayoutEffect(() => {
    window.scrollTo({ top: 0 });
  }, [stageId]);
  useLayoutEffect(() => {
    if (focusRequestedField()) return;
    // The field may appear only after the next commit (a new row): look again shortly.
    const retry = setTimeout(() => focusRequestedField(), 700);
    return () => clearTimeout(retry);
  });

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'workshop:save-version') setPanel('save-version');
      }),
    [host],
  );

  const stage = STAGES.find((candidate) => candidate.id === stageId) ?? STAGES[0]!;
  const Screen = STAGE_SCREENS[stageId];
  return (
    <div className="workshop-layout">
      <div className="workshop-bar">
        <Link href="/" className="button ghost">
          <ArrowLeft aria-hidden="true" size={18} />
          Library
        </Link>
        <SaveIndicator />
        <TimerControl room={workshop.room} stageId={stageId} edit={edit} />
        <div className="workshop-bar-actions">
          <UndoRedoButtons history={history} />
          <ParkingLotButton workshop={workshop} stageId={stageId} edit={edit} />
          <AgendaButton room={workshop.room} stageId={stageId} edit={edit} sessionControls={<SessionsButton workshop={workshop} />} />
          <PresentButton workshopId={workshop.id} />
          <ExportMenu workshopId={workshop.id} title={workshop.meta.title} />
          <button type="button" className="button" title="Earlier versions of this workshop" onClick={() => setPanel('versions')}>
            <History aria-hidden="true" size={18} />
            <span className="bar-label">Versions</span>
          </button>
          <button type="button" className="button" title="Save a named version" onClick={() => setPanel('save-version')}>
            <Save aria-hidden="true" size={18} />
            <span className="bar-label">Save version</span>
          </button>
        </div>
      </div>
      <StageRail workshopId={workshop.id} current={stageId} progress={stageProgress(workshop)} />
      <main className="workshop-main" aria-label={`${stage.title} — ${workshop.meta.title}`}>
        {workshop.deletedAt && (
          <p className="notice" role="note">
            This workshop is in the Trash. You can still read and edit it; restore it from the Trash to list it again.
          </p>
        )}
        <SyncNotices scope="plan" workshopId={workshop.id} />
        <SinceLastSession workshop={workshop} />
        <StageFrame stage={stage}>
          <Screen workshop={workshop} edit={edit} />
        </StageFrame>
        <RoomSection workshop={workshop} stageId={stageId} edit={edit} />
        <StageNavigation workshopId={workshop.id} stageId={stageId} />
      </main>
      {panel === 'save-version' && (
        <SaveVersionDialog workshopId={workshop.id} onBackUp={backUp} onClose={() => setPanel('none')} />
      )}
      {panel === 'versions' && <VersionsPanel workshop={workshop} onClose={() => setPanel('none')} />}
    </div>
  );
}

function StageNavigation({ workshopId, stageId }: { workshopId: string; stageId: StageId }) {
  const index = STAGE_IDS.indexOf(stageId);
  const previous = STAGES[index - 1];
  const next = STAGES[index + 1];
  return (
    <nav className="stage-nav" aria-label="Previous and next stage">
      {previous ? (
        <Link href={`/workshop/${workshopId}/${previous.id}`} className="button">
          ← {previous.number}. {previous.shortTitle}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={`/workshop/${workshopId}/${next.id}`} className="button primary">
          Next: {next.number}. {next.shortTitle} →
        </Link>
      )}
    </nav>
  );
}

function MissingWorkshop() {
  return (
    <main className="screen" aria-labelledby="missing-title">
      <h1 id="missing-title">This workshop is not in your library</h1>
      <p>It may have been deleted for good, or it was stored on another computer.</p>
      <Link href="/" className="button primary">
        Back to the library
      </Link>
    </main>
  );
}
