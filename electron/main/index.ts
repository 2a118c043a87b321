/**
 * The wiring: the only main-process file that imports Electron values. Every decision lives in a
 * small module that takes Electron as arguments and has its own tests; this file connects them in
 * the order Electron requires.
 */
import path from 'node:path';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import type { Display } from 'electron';
import { eventChannels } from '../../shared/ipc/channels';
import type { FileOpenRequest, MenuCommand } from '../../shared/ipc';
import { APP_ORIGIN, APP_SCHEME, contentSecurityPolicy } from '../../shared/security';
import { devServerOrigin, trustedOriginsFor } from './app-origin';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { createBackupStore } from './backups';
import { createCloseGuard, type CloseGuard } from './close-guard';
import { devContentSecurityPolicy, withContentSecurityPolicy } from './content-security';
import { openExternalSafely } from './external-links';
import { createInvokeHandlers } from './invoke-handlers';
import { isTrustedSenderFrame, registerInvokeHandlers } from './ipc-registry';
import { buildMenuTemplate } from './menu-template';
import { hardenWebContents } from './navigation-guard';
import { createFileOpenQueue, findEndfirstFileArg, readFileOpenRequest } from './open-file-request';
import { limitOutgoingRequests } from './outgoing-requests';
import { createPdfExporter } from './pdf-export';
import { denyAllPermissions } from './permissions';
import { PRESENTER_BACKGROUND } from './presenter-placement';
import { shouldQuitWhenAllWindowsClosed } from './quit-policy';
import { createPresenterWindowManager } from './presenter-window';
import { loadTeamServerStore, TEAM_SERVER_FILE_NAME } from './team-server-store';
import { buildWindowOptions, createSecureWindow } from './window-factory';
import type { WindowSecurityOptions } from './window-factory';
import { DEFAULT_WINDOW_SIZE, loadWindowState, saveWindowState } from './window-state';
import type { WindowState } from './window-state';
import { trackWindowState } from './window-state-tracker';
import { TEST_USER_DATA_ENV, userDataFolder } from './user-data-folder';

// --- Before 'ready': these only take effect if they run first. ---------------------------------

app.enableSandbox();
// Pinned before anything touches storage (and before the single-instance lock, which is keyed on
// this folder): IndexedDB lives here, so renaming the product must never move it.
app.setPath(
  'userData',
  userDataFolder({ appData: app.getPath('appData'), isPackaged: app.isPackaged, testOverride: process.env[TEST_USER_DATA_ENV] }),
);
registerAppScheme(protocol);

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const devOrigin = devServerOrigin(devServerUrl);
const trusted = trustedOriginsFor({ isPackaged: app.isPackaged, devServerUrl });
const security: WindowSecurityOptions = {
  preloadPath: path.join(__dirname, '../preload/index.cjs'),
  isPackaged: app.isPackaged,
};
const rendererDir = path.join(__dirname, '../renderer');
const windowStateFile = path.join(app.getPath('userData'), 'window-state.json');

/** Keep in step with the renderer's page background for each theme: no white flash in a dark room. */
const backgroundColor = (): string => (nativeTheme.shouldUseDarkColors ? '#15171a' : '#f8f8f6');

const backups = createBackupStore(
  { mkdir, writeFile, rename, readdir, readFile, stat, rm },
  path.join(app.getPath('userData'), 'backups'),
);

let mainWindow: BrowserWindow | null = null;

/** Session summary PDFs (pdf-export.ts): a hidden window with the main window's locked-down preferences. */
const pdfExporter = createPdfExporter({
  showSaveDialog: async (defaultPath) => {
    const options = { title: 'Export summary PDF', defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  createPrintWindow: () => {
    const options = buildWindowOptions(security, { bounds: { width: 900, height: 1200 }, backgroundColor: '#ffffff', title: 'Endfirst summary' });
    const window = new BrowserWindow({ ...options, show: false }); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: set in buildWebPreferences, asserted by tests
    return {
      loadURL: (url) => window.loadURL(url),
      printToPDF: (options) => window.webContents.printToPDF(options),
      destroy: () => {
        if (!window.isDestroyed()) window.destroy();
      },
    };
  },
  fs: { writeFile, rename, rm, exists: (file) => stat(file).then(() => true, () => false) },
  rendererUrl: devServerUrl !== undefined && devOrigin !== null ? devServerUrl.replace(/#.*$/, '') : `${APP_ORIGIN}/index.html`,
  defaultFolder: () => app.getPath('documents'),
  newJobId: randomUUID,
  timer: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
  revealFile: (filePath) => shell.showItemInFolder(filePath),
  pid: process.pid,
});
/** Holds the main window's close until the renderer has committed its edits (close-guard.ts). */
let closeGuard: CloseGuard | null = null;
const fileOpenQueue = createFileOpenQueue((request: FileOpenRequest) => {
  mainWindow?.webContents.send(eventChannels.onFileOpenRequest, request);
});
/** The presenter window (issue 5): on the projector if there is one, back beside the main window when it goes. */
const presenterWindows = createPresenterWindowManager({
  // Only asked once a window opens or a display changes, i.e. after 'ready', when `screen` works.
  screen: { getAllDisplays: displaysPrimaryFirst, getDisplayMatching: (rect) => screen.getDisplayMatching(rect) },
  facilitatorBounds: () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow.getBounds() : null),
  secureOptions: () => buildWindowOptions(security, { bounds: DEFAULT_WINDOW_SIZE, backgroundColor: PRESENTER_BACKGROUND }),
});
/** Window-state writes still in flight; quitting waits for them so the last position is kept. */
let stateWrites: Promise<void> = Promise.resolve();

async function openFileFromOs(filePath: string, workingDirectory: string): Promise<void> {
  const outcome = await readFileOpenRequest(path.resolve(workingDirectory, filePath), { stat, readFile });
  if (outcome.ok) fileOpenQueue.deliver(outcome.request);
  else console.warn(`[open-file] refused ${filePath}: ${outcome.reason}`);
}

function sendMenuCommand(command: MenuCommand): void {
  // Commands act on the workshop, which lives in the main window, even if a presenter window has focus.
  mainWindow?.webContents.send(eventChannels.onMenuCommand, command);
}

function displaysPrimaryFirst(): Display[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)];
}

function rememberWindowState(state: WindowState): void {
  stateWrites = stateWrites
    .then(() => saveWindowState({ writeFile, rename }, windowStateFile, state))
    .catch((error: unknown) => console.warn('[window-state] not saved', error));
}

async function createMainWindow(): Promise<void> {
  const state = await loadWindowState({ readFile }, windowStateFile, displaysPrimaryFirst());
  const window = createSecureWindow(BrowserWindow, security, {
    bounds: state.bounds,
    isMaximized: state.isMaximized,
    backgroundColor: backgroundColor(),
  });
  mainWindow = window;
  trackWindowState(window, rememberWindowState);

  window.webContents.on('did-start-loading', () => fileOpenQueue.rendererLoading());
  window.webContents.on('did-finish-load', () => fileOpenQueue.rendererLoaded());
  const guard = createCloseGuard({
    requestFlush: (requestId) => window.webContents.send(eventChannels.onFlushRequest, { requestId }),
    close: () => window.close(),
  });
  closeGuard = guard;
  window.on('close', (event) => {
    if (guard.shouldHoldClose()) event.preventDefault();
  });
  window.on('closed', () => {
    if (closeGuard === guard) closeGuard = null;
    if (mainWindow === window) mainWindow = null;
    fileOpenQueue.rendererLoading();
    presenterWindows.facilitatorClosed();
  });

  const startUrl = devServerUrl !== undefined && devOrigin !== null ? devServerUrl : `${APP_ORIGIN}/`;
  // A failed load shows Chromium's error page in the window; it must not take the process down.
  await window.loadURL(startUrl).catch((error: unknown) => console.error(`[startup] could not load ${startUrl}`, error));
}

/**
 * A page cannot widen its own Content-Security-Policy, so after a new team server address every app
 * window loads again to get the policy that names it. The facilitator's window commits its pending
 * edits first (the same handshake as a close); the presenter only reads, so it reloads at once.
 */
function reloadForNewPolicy(): void {
  presenterWindows.reload();
  const window = mainWindow;
  if (window === null || window.isDestroyed()) return;
  closeGuard?.flushThen(() => {
    if (!window.isDestroyed()) window.webContents.reload();
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// --- Single instance: a second launch hands its file to the first and quits. --------------------

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    const filePath = findEndfirstFileArg(argv);
    if (filePath !== null) void openFileFromOs(filePath, workingDirectory);
  });

  // macOS delivers double-clicked files here, possibly before 'ready'; the queue holds them.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void openFileFromOs(filePath, process.cwd());
  });

  // Every webContents ever created (main window, presenter window, anything else) gets the guards.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      trusted,
      openExternalSafely: (url) => {
        openExternalSafely(url, shell).catch((error: unknown) => console.warn('[external-link] not opened', error));
      },
      // A presenter window gets the same locked-down preferences, placed on the projector.
      childWindowOptions: () => presenterWindows.windowOptions(),
    });
    // Only the presenter route may open a window (navigation-guard.ts), so every child is the presenter.
    contents.on('did-create-window', (window) => presenterWindows.adopt(window));
  });

  app
    .whenReady()
    .then(async () => {
      // Read once, before any page loads: the policy of the very first page already names it.
      const teamServer = await loadTeamServerStore({ readFile, open, rename, rm }, path.join(app.getPath('userData'), TEAM_SERVER_FILE_NAME));
      /** Asked per answer, so a saved address takes effect with the next load. */
      const currentPolicy = () => contentSecurityPolicy(teamServer.current()?.origin ?? null);

      protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler({ rootDir: rendererDir, readFile: (file) => readFile(file), contentSecurityPolicy: currentPolicy }),
      );

      if (devOrigin !== null) {
        // The dev server sends no CSP; give its pages the same policy app:// sends (see content-security.ts).
        session.defaultSession.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) => {
          callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, devContentSecurityPolicy(currentPolicy())) });
        });
      }

      // Nothing leaves the machine but the saved team server's socket (and the local dev server).
      limitOutgoingRequests(session.defaultSession, () => ({ teamServerOrigin: teamServer.current()?.origin ?? null, devServerOrigin: devOrigin }));

      denyAllPermissions(session.defaultSession);

      screen.on('display-removed', (_event, display) => presenterWindows.displayRemoved(display));
      screen.on('display-added', (_event, display) => presenterWindows.displayAdded(display));

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({ platform: process.platform, appName: app.getName(), isPackaged: app.isPackaged, send: sendMenuCommand }),
        ),
      );

      registerInvokeHandlers(
        ipcMain,
        createInvokeHandlers({
          app,
          shell,
          clipboard,
          backups,
          confirmFlushed: (requestId) => closeGuard?.confirm(requestId) ?? false,
          pdfExporter,
          teamServer,
          // After this turn, so the renderer has the answer to its call before its page goes.
          teamServerChanged: () => setImmediate(reloadForNewPolicy),
          platform: process.platform,
          electronVersion: process.versions.electron,
        }),
        (frame) => isTrustedSenderFrame(frame, trusted),
      );

      const launchFile = findEndfirstFileArg(process.argv);
      if (launchFile !== null) void openFileFromOs(launchFile, process.cwd());

      await createMainWindow();

      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('[startup] Endfirst could not start', error);
      app.exit(1);
    });

  // Set by any quit (Cmd+Q included); see quit-policy.ts for why it is needed.
  let isQuitRequested = false;
  app.on('before-quit', () => {
    isQuitRequested = true;
  });
  app.on('window-all-closed', () => {
    if (shouldQuitWhenAllWindowsClosed(process.platform, isQuitRequested)) app.quit();
  });

  // Let the last window-state write land before the process exits.
  let isQuitReady = false;
  app.on('will-quit', (event) => {
    if (isQuitReady) return;
    event.preventDefault();
    void stateWrites.finally(() => {
      isQuitReady = true;
      app.quit();
    });
  });
}
