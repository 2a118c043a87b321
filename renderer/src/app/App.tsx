import { useEffect, useState } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useHost } from '../host/HostContext';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { TrashScreen } from '../features/library/TrashScreen';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { Toaster } from '../ui/Toaster';
import { getAutosave, installFlushTriggers } from '../features/autosave/autosave';
import { useSaveShortcut } from '../features/autosave/useSaveShortcut';
import { SaveTroubleBanner } from '../features/storage/SaveTroubleBanner';
import { StorageTroubleBanner } from '../features/storage/StorageTroubleBanner';
import { backupWorkshop } from '../features/backups/backup-workshop';
import { EmptyLibraryBackupsBanner } from '../features/backups/EmptyLibraryBackupsBanner';
import { RestoreFromBackupDialog } from '../features/backups/RestoreFromBackupDialog';
import { useOpenWorkshop } from '../features/workshop/open-workshop';
import { AboutDialog } from './AboutDialog';
import { AppHeader } from './AppHeader';
import { NotFoundScreen } from './NotFoundScreen';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useLibraryDelivery } from './useLibraryDelivery';
import { PresenterScreen } from '../features/presenter/PresenterScreen';
import { PrintScreen } from '../features/print/PrintScreen';
import { useQuestionMarkOpens } from './useQuestionMarkOpens';

/** Hash routing: `#/…` works the same from app://endfirst/index.html and from any static server. */
export function App({ storageProblem }: { storageProblem: string | null }) {
  return (
    <Router hook={useHashLocation}>
      {/* The projector and the printable summary are documents of their own: no app chrome. */}
      <Switch>
        <Route path="/present/:id" component={PresenterScreen} />
        <Route path="/print/:id" component={PrintScreen} />
        <Route>
          <Shell storageProblem={storageProblem} />
        </Route>
      </Switch>
    </Router>
  );
}

function Shell({ storageProblem }: { storageProblem: string | null }) {
  const host = useHost();
  const [, navigate] = useLocation();
  const [isAboutOpen, setAboutOpen] = useState(false);
  const [isShortcutsOpen, setShortcutsOpen] = useState(false);
  const [isBackupsOpen, setBackupsOpen] = useState(false);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'view:library') navigate('/');
        if (command === 'help:about') setAboutOpen(true);
        if (command === 'help:shortcuts') setShortcutsOpen(true);
        if (command === 'file:restore-backup' && host.backups) setBackupsOpen(true);
      }),
    [host, navigate],
  );

  useEffect(() => installFlushTriggers(() => getAutosave().flushAll()), []);
  useEffect(
    () =>
      host.onBeforeClose(async () => {
        await getAutosave().flushAll();
        const openId = useOpenWorkshop.getState().id;
        if (openId) await backupWorkshop(host, openId);
      }),
    [host],
  );
  useSaveShortcut();
  useLibraryDelivery(host);
  useQuestionMarkOpens(() => setShortcutsOpen(true));

  // Last effect of the shell, so every listener above is in place: tests wait for this signal
  // instead of sleeping (the way Signal Desktop's tests wait for app events).
  useEffect(() => {
    document.documentElement.dataset['appReady'] = 'true';
  }, []);

  return (
    <div className="app">
      <AppHeader onAbout={() => setAboutOpen(true)} />
      {storageProblem ? (
        <StorageTroubleBanner problem={storageProblem} onShowBackups={host.backups ? () => setBackupsOpen(true) : null} />
      ) : (
        <>
          <SaveTroubleBanner onShowBackups={host.backups ? () => setBackupsOpen(true) : null} />
          <EmptyLibraryBackupsBanner onShowBackups={() => setBackupsOpen(true)} />
        </>
      )}
      <Switch>
        <Route path="/" component={LibraryScreen} />
        <Route path="/trash" component={TrashScreen} />
        <Route path="/workshop/:id/:stage?" component={WorkshopScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
      {isAboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
      {isShortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      {isBackupsOpen && host.backups && (
        <RestoreFromBackupDialog backups={host.backups} canRestore={!storageProblem} onClose={() => setBackupsOpen(false)} />
      )}
      <Toaster />
    </div>
  );
}
