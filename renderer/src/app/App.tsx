import { useEffect, useState } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useHost } from '../host/HostContext';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { TrashScreen } from '../features/library/TrashScreen';
import { Toaster } from '../ui/Toaster';
import { getAutosave, installFlushTriggers } from '../editing/autosave';
import { useSaveShortcut } from '../editing/useSaveShortcut';
import { SaveTroubleBanner } from './SaveTroubleBanner';
import { StorageTroubleBanner } from './StorageTroubleBanner';
import { backupWorkshop } from '../features/backups/backup-workshop';
import { EmptyLibraryBackupsBanner } from '../features/backups/EmptyLibraryBackupsBanner';
import { RestoreFromBackupDialog } from '../features/backups/RestoreFromBackupDialog';
import { useOpenWorkshop } from '../features/workshop/open-workshop';
import { AboutDialog } from './AboutDialog';
import { AppHeader } from './AppHeader';
import { NotFoundScreen } from './NotFoundScreen';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useLibraryDelivery } from './useLibraryDelivery';
import { useQuestionMarkOpens } from './useQuestionMarkOpens';
import { useTeamSync } from './useTeamSync';
import { TeamServerDialog } from '../features/team/TeamServerDialog';
import { closeTeamServerDialog, useTeamServerDialog } from '../features/team/team-server-dialog-store';
import { lazyScreen } from './lazy-screen';

// The workshop, projector and print screens load in chunks of their own: the library's first paint
// does not wait for them. main.tsx preloads the one the start URL names (preloadScreenFor).
const opening = (label: string) => <main className="screen" aria-busy="true" aria-label={label} />;
const workshopScreen = lazyScreen(() => import('../features/workshop/WorkshopScreen').then((m) => m.WorkshopScreen), opening('Opening workshop'));
const presenterScreen = lazyScreen(() => import('../features/presenter/PresenterScreen').then((m) => m.PresenterScreen), opening('Opening presenter view'));
const teamScreen = lazyScreen(() => import('../features/team/TeamPortfolioScreen').then((m) => m.TeamPortfolioScreen), opening('Opening the team portfolio'));
const printScreen = lazyScreen(() => import('../features/print/PrintScreen').then((m) => m.PrintScreen), opening('Preparing the printable summary'));
const WorkshopScreen = workshopScreen.Screen;
const PresenterScreen = presenterScreen.Screen;
const PrintScreen = printScreen.Screen;
const TeamPortfolioScreen = teamScreen.Screen;

/** Loads the screen a start URL (hash) opens on, so its first render does not suspend. */
export function preloadScreenFor(hash: string): Promise<void> {
  if (hash.startsWith('#/workshop/')) return workshopScreen.preload();
  if (hash.startsWith('#/present/')) return presenterScreen.preload();
  if (hash.startsWith('#/print/')) return printScreen.preload();
  if (hash.startsWith('#/team')) return teamScreen.preload();
  return Promise.resolve();
}

/**
 * Loads the workshop screen ahead of need without slowing the library's first paint: on the first
 * sign of a person (pointer moved, key pressed) or, failing that, a few seconds after start.
 */
export function preloadWorkshopScreenSoon(): void {
  const start = () => {
    window.removeEventListener('pointermove', start, true);
    window.removeEventListener('keydown', start, true);
    clearTimeout(timer);
    void workshopScreen.preload().catch(() => undefined);
  };
  window.addEventListener('pointermove', start, { capture: true, passive: true });
  window.addEventListener('keydown', start, { capture: true, passive: true });
  const timer = setTimeout(start, 5000);
}

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
  const isTeamServerOpen = useTeamServerDialog((state) => state.isOpen);

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
  useTeamSync(host, storageProblem === null);

  // Last effect of the shell, so every listener above is in place: tests wait for this signal
  // instead of sleeping (the way Signal Desktop's tests wait for app events).
  useEffect(() => {
    document.documentElement.dataset['appReady'] = 'true';
    preloadWorkshopScreenSoon();
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
        <Route path="/team" component={TeamPortfolioScreen} />
        <Route path="/workshop/:id/:stage?" component={WorkshopScreen} />
        <Route component={NotFoundScreen} />
      </Switch>
      {isAboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
      {isTeamServerOpen && <TeamServerDialog onClose={closeTeamServerDialog} />}
      {isShortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      {isBackupsOpen && host.backups && (
        <RestoreFromBackupDialog backups={host.backups} canRestore={!storageProblem} onClose={() => setBackupsOpen(false)} />
      )}
      <Toaster />
    </div>
  );
}
