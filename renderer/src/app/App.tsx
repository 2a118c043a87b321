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
import { StorageTroubleBanner } from '../features/storage/StorageTroubleBanner';
import { backupWorkshop } from '../features/backups/backup-workshop';
import { useOpenWorkshop } from '../features/workshop/open-workshop';
import { AboutDialog } from './AboutDialog';
import { AppHeader } from './AppHeader';
import { NotFoundScreen } from './NotFoundScreen';

/** Hash routing: `#/…` works the same from app://endfirst/index.html and from any static server. */
export function App({ storageProblem }: { storageProblem: string | null }) {
  return (
    <Router hook={useHashLocation}>
      <Shell storageProblem={storageProblem} />
    </Router>
  );
}

function Shell({ storageProblem }: { storageProblem: string | null }) {
  const host = useHost();
  const [, navigate] = useLocation();
  const [isAboutOpen, setAboutOpen] = useState(false);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'view:library') navigate('/');
        if (command === 'help:about') setAboutOpen(true);
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

  return (
    <div className="app">
      <AppHeader onAbout={() => setAboutOpen(true)} />
      {storageProblem && <StorageTroubleBanner problem={storageProblem} />}
      <Switch>
        <Route path="/" component={LibraryScreen} />
        <Route path="/trash" component={TrashScreen} />
        <Route path="/workshop/:id/:stage?" component={WorkshopScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
      {isAboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
      <Toaster />
    </div>
  );
}
