import { ArrowLeft, History, Save } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Workshop } from '../../../../shared/domain/workshop';
import { useHost } from '../../host/HostContext';
import { showToast } from '../../ui/toasts';
import { backupWorkshop } from '../backups/backup-workshop';
import { useOpenWorkshop } from './open-workshop';
import { AutosaveField } from '../autosave/AutosaveField';
import { SaveIndicator } from '../autosave/SaveIndicator';
import { SaveVersionDialog } from '../versions/SaveVersionDialog';
import { VersionsPanel } from '../versions/VersionsPanel';
import { useVersionSnapshots } from './useVersionSnapshots';
import { useWorkshop } from './useWorkshop';

export function WorkshopScreen({ params }: { params: { id: string } }) {
  const workshop = useWorkshop(params.id);
  if (workshop === undefined) return <main className="screen" aria-busy="true" aria-label="Opening workshop" />;
  if (workshop === null) return <MissingWorkshop />;
  return <OpenWorkshop workshop={workshop} />;
}

function OpenWorkshop({ workshop }: { workshop: Workshop }) {
  const host = useHost();
  const [panel, setPanel] = useState<'none' | 'save-version' | 'versions'>('none');
  const backUp = useCallback(() => {
    void backupWorkshop(host, workshop.id).then((problem) => {
      if (problem) showToast({ message: `Backup not written. ${problem}`, tone: 'error' });
    });
  }, [host, workshop.id]);
  useVersionSnapshots(workshop.id, backUp);

  useEffect(() => {
    useOpenWorkshop.setState({ id: workshop.id });
    return () => useOpenWorkshop.setState({ id: null });
  }, [workshop.id]);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'workshop:save-version') setPanel('save-version');
      }),
    [host],
  );

  const field = (path: readonly string[]) => ({ workshopId: workshop.id, path });
  return (
    <main className="screen workshop" aria-labelledby="workshop-title">
      <div className="workshop-bar">
        <Link href="/" className="button ghost">
          <ArrowLeft aria-hidden="true" size={18} />
          Library
        </Link>
        <SaveIndicator />
        <div className="workshop-bar-actions">
          <button type="button" className="button" onClick={() => setPanel('versions')}>
            <History aria-hidden="true" size={18} />
            Versions
          </button>
          <button type="button" className="button" onClick={() => setPanel('save-version')}>
            <Save aria-hidden="true" size={18} />
            Save version
          </button>
        </div>
      </div>
      <h1 id="workshop-title">{workshop.meta.title || 'Untitled workshop'}</h1>
      {workshop.deletedAt && (
        <p className="notice" role="note">
          This workshop is in the Trash. You can still read and edit it; restore it from the Trash to list it again.
        </p>
      )}
      <section className="card" aria-labelledby="setup-title">
        <h2 id="setup-title">Setup</h2>
        <div className="field-grid">
          <AutosaveField {...field(['meta', 'title'])} value={workshop.meta.title} label="Workshop title" required />
          <AutosaveField {...field(['meta', 'organisation'])} value={workshop.meta.organisation} label="Organisation" />
          <AutosaveField {...field(['meta', 'date'])} value={workshop.meta.date} label="Workshop date" type="date" />
          <AutosaveField {...field(['meta', 'facilitator'])} value={workshop.meta.facilitator} label="Facilitator" />
        </div>
        <AutosaveField
          {...field(['meta', 'capability'])}
          value={workshop.meta.capability}
          label="The AI capability, in one sentence"
          hint="What will run in production, for whom — e.g. “Route incoming supplier invoices to the right approver.”"
          multiline
        />
      </section>
      {panel === 'save-version' && (
        <SaveVersionDialog workshopId={workshop.id} onSaved={backUp} onClose={() => setPanel('none')} />
      )}
      {panel === 'versions' && <VersionsPanel workshopId={workshop.id} onClose={() => setPanel('none')} />}
    </main>
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
