import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { invokeChannels, eventChannels } from '../../shared/ipc/channels';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, contentSecurityPolicy, USER_DATA_FOLDER_NAME } from '../../shared/security';
import { builtFile, loadWithFakeElectron, repoRoot } from './built-app';
import { createFakeElectron, preventableEvent, type FakeElectron } from './fake-electron';

/**
 * dist/main/index.cjs — the wiring every first launch goes through — run for real in Node, with
 * `electron` replaced by a recording fake. The modules it wires have their own unit tests; this
 * proves they are connected, in the order Electron requires, in the file that ships.
 */

const mainBundle = builtFile('dist/main/index.cjs');
const ENV_THAT_CHANGES_WIRING = ['ELECTRON_RENDERER_URL', 'ENDFIRST_TEST_USER_DATA'];

function bootMain(options: { hasInstanceLock?: boolean } = {}) {
  const home = mkdtempSync(path.join(tmpdir(), 'endfirst-boot-'));
  const appData = path.join(home, 'appData');
  mkdirSync(appData);
  const fake = createFakeElectron({ appData, documents: path.join(home, 'Documents'), ...options });
  // What a facilitator's launch has: no dev server, no test folder override.
  const saved = Object.fromEntries(ENV_THAT_CHANGES_WIRING.map((name) => [name, process.env[name]]));
  for (const name of ENV_THAT_CHANGES_WIRING) delete process.env[name];
  try {
    loadWithFakeElectron(mainBundle, fake.module);
  } finally {
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  }
  return { fake, home, appData };
}

/** Runs `emit` as if on `platform`: main reads process.platform when the event arrives. */
function onPlatform(platform: NodeJS.Platform, emit: () => void): void {
  const original = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
  try {
    emit();
  } finally {
    if (original) Object.defineProperty(process, 'platform', original);
  }
}

/** Position in the call log; -1 fails every "before" comparison loudly. */
const positionOf = (fake: FakeElectron, entry: string) => fake.log.indexOf(entry);
const countOf = (fake: FakeElectron, entry: string) => fake.log.filter((logged) => logged === entry).length;

describe('the built main process, first launch', () => {
  let fake: FakeElectron;
  let appData: string;
  let home: string;
  let logBeforeReady: string[];

  beforeAll(async () => {
    ({ fake, appData, home } = bootMain());
    logBeforeReady = [...fake.log];
    // Electron creates the userData folder as it starts.
    mkdirSync(path.join(appData, USER_DATA_FOLDER_NAME), { recursive: true });
    fake.becomeReady();
    await fake.untilLogged((entry) => entry.startsWith('BrowserWindow.loadURL '));
  });

  it('registers the app:// scheme as privileged exactly once, before ready', () => {
    expect(countOf(fake, 'protocol.registerSchemesAsPrivileged')).toBe(1);
    expect(logBeforeReady, 'Chromium reads scheme privileges only before ready').toContain('protocol.registerSchemesAsPrivileged');
    expect(fake.privilegedSchemes).toEqual([[{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]]);
  });

  it('turns on the sandbox for every renderer and pins userData to the Endfirst folder, before ready', () => {
    expect(logBeforeReady).toContain('app.enableSandbox');
    expect(logBeforeReady).toContain('app.setPath userData');
    expect(fake.userDataPath()).toBe(path.join(appData, USER_DATA_FOLDER_NAME));
    // Pinned before the single-instance lock, which Electron keys on the userData folder.
    expect(positionOf(fake, 'app.setPath userData')).toBeLessThan(positionOf(fake, 'app.requestSingleInstanceLock'));
  });

  it('asks for the single-instance lock before ready and keeps running when it has it', () => {
    expect(logBeforeReady).toContain('app.requestSingleInstanceLock');
    expect(fake.log).not.toContain('app.quit');
    expect(fake.log).not.toContain('app.exit 1');
  });

  it('opens one window, hidden until painted, with the locked-down web preferences and a preload that exists', () => {
    expect(fake.windows).toHaveLength(1);
    const options = fake.windows[0]?.options;
    expect(options?.show).toBe(false);
    const preferences = options?.webPreferences ?? {};
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(preferences.webSecurity).not.toBe(false);
    expect(preferences.allowRunningInsecureContent).not.toBe(true);
    expect(preferences.preload).toBe(path.join(repoRoot, 'dist/preload/index.cjs'));
    expect(existsSync(preferences.preload ?? '')).toBe(true);
    // The window is created after ready, never before.
    expect(positionOf(fake, 'ready')).toBeLessThan(positionOf(fake, 'new BrowserWindow'));
  });

  it('loads the renderer from app://endfirst/', () => {
    expect(fake.windows[0]?.loadedUrls).toEqual([`${APP_ORIGIN}/`]);
  });

  it('guards the window’s navigation and window.open, as it does every webContents', () => {
    const contents = fake.windows[0]?.webContents;
    expect(contents?.listenerCount('will-navigate')).toBeGreaterThan(0);
    expect(contents?.listenerCount('will-attach-webview')).toBeGreaterThan(0);
    expect(typeof contents?.windowOpenHandler).toBe('function');
  });

  it('serves the built index.html over app:// with the CSP header, and refuses to leave the renderer folder', async () => {
    const handler = fake.protocolHandlers.get('app');
    if (handler === undefined) throw new Error('protocol.handle("app", …) was never called');
    expect(positionOf(fake, 'ready')).toBeLessThan(positionOf(fake, 'protocol.handle app'));

    const page = await handler(new Request(`${APP_ORIGIN}/`));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe(readFileSync(path.join(repoRoot, 'dist/renderer/index.html'), 'utf8'));

    // The main bundle sits one folder up from the renderer: these would reach it.
    for (const escape of ['%2e%2e%2fmain%2findex.cjs', '..%5cmain%5cindex.cjs', '%2e%2e%5cmain%5cindex.cjs']) {
      const refused = await handler(new Request(`${APP_ORIGIN}/${escape}`));
      expect(refused.status, escape).toBe(403);
      expect(refused.headers.get('Content-Security-Policy'), escape).toBe(CONTENT_SECURITY_POLICY);
      expect(await refused.text(), escape).not.toContain('require(');
    }
  });

  it('without a team server saved, lets no request onto the network', () => {
    expect(fake.requestFilterUrls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    for (const url of ['wss://sync.example.org/', 'https://telemetry.example/collect', 'http://localhost:5173/']) {
      expect(fake.isRequestCancelled(url), url).toBe(true);
    }
  });

  it('sets the application menu with File, Edit, View and Workshop', () => {
    expect(countOf(fake, 'Menu.setApplicationMenu')).toBe(1);
    const labels = fake.applicationMenu?.template.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Workshop']));
  });

  it('handles every invoke channel of the contract exactly once, and nothing else', () => {
    expect([...fake.handledChannels].sort(), 'ipcMain.handle channels vs shared/ipc/channels.ts').toEqual(Object.values(invokeChannels).sort());
  });

  it('answers a call from its own page and refuses one from any other origin', async () => {
    await expect(fake.invoke(invokeChannels.getAppInfo, `${APP_ORIGIN}/`)).resolves.toMatchObject({
      ok: true,
      value: { name: 'Endfirst', dataFolder: path.join(appData, USER_DATA_FOLDER_NAME) },
    });
    await expect(fake.invoke(invokeChannels.getAppInfo, 'https://evil.example/')).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('denies every web permission request', () => {
    const decisions: boolean[] = [];
    const request = fake.permissionHandlers.request as (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    request(null, 'media', (granted) => decisions.push(granted));
    const check = fake.permissionHandlers.check as () => boolean;
    expect([...decisions, check()]).toEqual([false, false]);
  });

  it('a second launch with a .endfirst file focuses the window and hands the file to the renderer', async () => {
    const window = fake.windows[0];
    if (window === undefined) throw new Error('no main window');
    const contents = '{"format":"endfirst","version":1}';
    writeFileSync(path.join(home, 'Claims intake.endfirst'), contents);
    window.webContents.emit('did-start-loading');
    window.webContents.emit('did-finish-load');
    const focusesBefore = countOf(fake, 'BrowserWindow.focus');

    fake.emitApp('second-instance', preventableEvent(), ['/opt/Endfirst/endfirst', '--no-sandbox', 'Claims intake.endfirst'], home);

    expect(countOf(fake, 'BrowserWindow.focus')).toBe(focusesBefore + 1);
    await fake.untilLogged(`webContents.send ${eventChannels.onFileOpenRequest}`);
    expect(window.webContents.sent.filter((message) => message.channel === eventChannels.onFileOpenRequest)).toEqual([
      { channel: eventChannels.onFileOpenRequest, args: [{ fileName: 'Claims intake.endfirst', contents }] },
    ]);
  });

  it('holds the window’s close until the renderer confirms it has flushed, then closes', async () => {
    const window = fake.windows[0];
    if (window === undefined) throw new Error('no main window');

    window.close();
    expect(window.isDestroyed(), 'the first close must wait for the renderer to flush').toBe(false);
    const flushRequests = window.webContents.sent.filter((message) => message.channel === eventChannels.onFlushRequest);
    expect(flushRequests).toHaveLength(1);
    const { requestId } = flushRequests[0]?.args[0] as { requestId: number };

    // Only Endfirst's own page can release the close.
    await fake.invoke(invokeChannels.confirmFlushed, 'https://evil.example/', requestId);
    expect(window.isDestroyed()).toBe(false);

    await expect(fake.invoke(invokeChannels.confirmFlushed, `${APP_ORIGIN}/`, requestId)).resolves.toEqual({
      ok: true,
      value: { accepted: true },
    });
    expect(window.isDestroyed()).toBe(true);
  });

  it('quits when the last window closes: at once on Windows and Linux, on macOS only after a quit was asked for', () => {
    const quitsBefore = countOf(fake, 'app.quit');
    onPlatform('linux', () => fake.emitApp('window-all-closed'));
    expect(countOf(fake, 'app.quit')).toBe(quitsBefore + 1);
    // macOS keeps an app in the Dock with no window…
    onPlatform('darwin', () => fake.emitApp('window-all-closed'));
    expect(countOf(fake, 'app.quit')).toBe(quitsBefore + 1);
    // …but Cmd+Q whose window close was held for the flush must still quit once the window is gone.
    fake.emitApp('before-quit', preventableEvent());
    onPlatform('darwin', () => fake.emitApp('window-all-closed'));
    expect(countOf(fake, 'app.quit')).toBe(quitsBefore + 2);
  });

  it('holds the process until the last window-state write has landed, once', async () => {
    const quits = countOf(fake, 'app.quit');
    const willQuit = preventableEvent();
    fake.emitApp('will-quit', willQuit);
    expect(willQuit.defaultPrevented).toBe(true);
    await fake.untilLogged('app.quit', quits + 1);
    expect(countOf(fake, 'app.quit')).toBe(quits + 1);
    expect(existsSync(path.join(appData, USER_DATA_FOLDER_NAME, 'window-state.json'))).toBe(true);

    const secondWillQuit = preventableEvent();
    fake.emitApp('will-quit', secondWillQuit);
    expect(secondWillQuit.defaultPrevented).toBe(false);
  });
});

describe('the built main process, with a team server saved', () => {
  const SAVED = 'wss://sync.example.org';
  const NEXT = 'wss://next.example.org';
  let fake: FakeElectron;
  let settingsFile: string;

  const metaPolicyOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  async function servedIndex() {
    const handler = fake.protocolHandlers.get('app');
    if (handler === undefined) throw new Error('protocol.handle("app", …) was never called');
    const page = await handler(new Request(`${APP_ORIGIN}/`));
    return { header: page.headers.get('Content-Security-Policy'), meta: metaPolicyOf(await page.text()) };
  }

  beforeAll(async () => {
    let appData: string;
    ({ fake, appData } = bootMain());
    const userData = path.join(appData, USER_DATA_FOLDER_NAME);
    mkdirSync(userData, { recursive: true });
    settingsFile = path.join(userData, 'team-server.json');
    writeFileSync(settingsFile, JSON.stringify({ version: 1, url: `${SAVED}/team` }));
    fake.becomeReady();
    await fake.untilLogged((entry) => entry.startsWith('BrowserWindow.loadURL '));
  });

  it('serves the very first page with the saved origin in the CSP header and the meta tag alike', async () => {
    const built = readFileSync(path.join(repoRoot, 'dist/renderer/index.html'), 'utf8');
    expect(metaPolicyOf(built), 'the built file carries the policy without a team server').toBe(CONTENT_SECURITY_POLICY);
    await expect(servedIndex()).resolves.toEqual({ header: contentSecurityPolicy(SAVED), meta: contentSecurityPolicy(SAVED) });
  });

  it('lets exactly the saved origin onto the network', () => {
    expect(fake.isRequestCancelled(`${SAVED}/team`)).toBe(false);
    for (const url of ['https://sync.example.org/', 'ws://sync.example.org/team', 'wss://evil.example/', 'https://telemetry.example/collect']) {
      expect(fake.isRequestCancelled(url), url).toBe(true);
    }
  });

  it('answers the saved address to its own page', async () => {
    await expect(fake.invoke(invokeChannels.getTeamServer, `${APP_ORIGIN}/`)).resolves.toEqual({ ok: true, value: { url: `${SAVED}/team` } });
  });

  it('refuses an address that does not parse and leaves the file alone', async () => {
    const before = readFileSync(settingsFile, 'utf8');
    await expect(fake.invoke(invokeChannels.setTeamServer, `${APP_ORIGIN}/`, 'wss://sync.example.org; script-src *')).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(readFileSync(settingsFile, 'utf8')).toBe(before);
  });

  it('saves a new address, reloads the window once it has flushed, and serves the new policy', async () => {
    const window = fake.windows[0];
    if (window === undefined) throw new Error('no main window');
    const flushesBefore = window.webContents.sent.filter((message) => message.channel === eventChannels.onFlushRequest).length;

    await expect(fake.invoke(invokeChannels.setTeamServer, `${APP_ORIGIN}/`, NEXT)).resolves.toEqual({ ok: true, value: { url: NEXT } });
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toEqual({ version: 1, url: NEXT });
    expect(fake.isRequestCancelled(`${NEXT}/`)).toBe(false);
    expect(fake.isRequestCancelled(`${SAVED}/team`)).toBe(true);

    // The reload waits for the renderer to commit its pending edits, as a close does.
    await fake.untilLogged(`webContents.send ${eventChannels.onFlushRequest}`, flushesBefore + 1);
    expect(fake.log).not.toContain('webContents.reload');
    const flushRequests = window.webContents.sent.filter((message) => message.channel === eventChannels.onFlushRequest);
    const { requestId } = flushRequests.at(-1)?.args[0] as { requestId: number };
    await expect(fake.invoke(invokeChannels.confirmFlushed, `${APP_ORIGIN}/`, requestId)).resolves.toEqual({ ok: true, value: { accepted: true } });
    expect(fake.log.filter((entry) => entry === 'webContents.reload')).toHaveLength(1);
    expect(window.isDestroyed(), 'a reload, not a close').toBe(false);

    await expect(servedIndex()).resolves.toEqual({ header: contentSecurityPolicy(NEXT), meta: contentSecurityPolicy(NEXT) });
  });
});

describe('the built main process, second launch', () => {
  it('quits at once without a window when another Endfirst holds the lock', async () => {
    const { fake } = bootMain({ hasInstanceLock: false });
    expect(fake.log).toContain('app.quit');
    fake.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.windows).toHaveLength(0);
    expect(fake.handledChannels).toEqual([]);
  });
});
