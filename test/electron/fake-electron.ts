import { EventEmitter } from 'node:events';
import path from 'node:path';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Clipboard,
  ContextBridge,
  CustomScheme,
  Dialog,
  Display,
  IpcMain,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  NativeTheme,
  Protocol,
  Rectangle,
  Screen,
  Session,
  Shell,
  WebContents,
} from 'electron';

/**
 * A recording stand-in for the `electron` module, just big enough for dist/main/index.cjs and
 * dist/preload/index.cjs to run in Node. Each part is checked against Electron's own types
 * (`satisfies Pick<…>`), so a fake signature cannot drift from the real one. Every call the boot
 * test cares about is appended to one `log`, in order, so "before ready" is a question of position.
 *
 * Anything the built code touches that is not here fails loudly (see `strict`): a new Electron API
 * in index.ts must be added to this fake and to the boot test's assertions, not silently ignored.
 */

type Listener = Parameters<EventEmitter['on']>[1];

/** Compile-time only: the fake's members are assignable to Electron's own. */
type Conforms<Fake extends Real, Real> = [Fake, Real];
type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'string' && !(key in object) && key !== 'then' && key !== 'toJSON') {
        throw new Error(`fake electron: the built code used ${name}.${key}, which the fake does not provide`);
      }
      return Reflect.get(object, key, receiver) as unknown;
    },
  });
}

/** A preventable event as Electron hands it to listeners. */
export function preventableEvent() {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

const DISPLAY_AREA: Rectangle = { x: 0, y: 0, width: 1920, height: 1080 };
const LAPTOP_DISPLAY = { id: 1, bounds: DISPLAY_AREA, workArea: { ...DISPLAY_AREA, height: 1040 }, internal: true };

interface WindowContext {
  readonly log: string[];
  readonly windows: FakeBrowserWindow[];
  readonly appEvents: EventEmitter;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: unknown = null;
  constructor(private readonly context: Pick<WindowContext, 'log'>) {
    super();
  }
  send(channel: string, ...args: unknown[]) {
    this.context.log.push(`webContents.send ${channel}`);
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: unknown) {
    this.windowOpenHandler = handler;
  }
  reload() {
    this.context.log.push('webContents.reload');
  }
  printToPDF = () => Promise.resolve(new Uint8Array());
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly loadedUrls: string[] = [];
  private destroyed = false;
  private readonly bounds: Rectangle;
  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly context: WindowContext,
  ) {
    super();
    context.log.push('new BrowserWindow');
    context.windows.push(this);
    this.webContents = new FakeWebContents(context);
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    // As in Electron: every new webContents is announced on the app.
    context.appEvents.emit('web-contents-created', preventableEvent(), this.webContents);
  }
  loadURL(url: string) {
    this.context.log.push(`BrowserWindow.loadURL ${url}`);
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  /** As in Electron: 'close' may be prevented; otherwise the window goes and 'closed' follows. */
  close() {
    this.context.log.push('BrowserWindow.close');
    const event = preventableEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  isDestroyed() {
    return this.destroyed;
  }
  show() {
    this.context.log.push('BrowserWindow.show');
  }
  focus() {
    this.context.log.push('BrowserWindow.focus');
  }
  maximize() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getBounds() {
    return this.bounds;
  }
  getNormalBounds() {
    return this.bounds;
  }
}

export interface FakeBrowserWindowClass {
  new (options: BrowserWindowConstructorOptions): FakeBrowserWindow;
  getAllWindows(): FakeBrowserWindow[];
}

export interface FakeElectronOptions {
  /** Stands in for the OS application-data folder (Electron's `appData`). */
  readonly appData: string;
  readonly documents: string;
  /** False makes this the second launch: another Endfirst already holds the lock. */
  readonly hasInstanceLock?: boolean;
}

/**
 * The call log, which also tells waiters when an entry arrives: a test awaits "main has done X"
 * as an event instead of polling for it against a deadline.
 */
function createCallLog() {
  const log: string[] = [];
  const arrivals = new EventEmitter();
  const record = log.push.bind(log);
  log.push = (...entries: string[]) => {
    const length = record(...entries);
    arrivals.emit('entry');
    return length;
  };
  /** Resolves once `times` entries match (at once if they already do). */
  const untilLogged = (matches: string | ((entry: string) => boolean), times = 1) => {
    const isMatch = typeof matches === 'string' ? (entry: string) => entry === matches : matches;
    const enough = () => log.filter(isMatch).length >= times;
    return new Promise<void>((resolve) => {
      if (enough()) return resolve();
      const check = () => {
        if (!enough()) return;
        arrivals.off('entry', check);
        resolve();
      };
      arrivals.on('entry', check);
    });
  };
  return { log, untilLogged };
}

export function createFakeElectron(options: FakeElectronOptions) {
  const { log, untilLogged } = createCallLog();
  const appEvents = new EventEmitter();
  const paths = new Map<string, string>([
    ['appData', options.appData],
    ['documents', options.documents],
    // Electron's default before the app pins it: derived from the package name.
    ['userData', path.join(options.appData, 'endfirst')],
  ]);
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const appParts = {
    isPackaged: false,
    enableSandbox() {
      log.push('app.enableSandbox');
    },
    setPath(name: string, value: string) {
      log.push(`app.setPath ${name}`);
      paths.set(name, value);
    },
    getPath(name: string) {
      const value = paths.get(name);
      if (value === undefined) throw new Error(`fake electron: app.getPath('${name}') is not faked`);
      return value;
    },
    getName: () => 'Endfirst',
    getVersion: () => '0.0.0-boot-test',
    requestSingleInstanceLock() {
      log.push('app.requestSingleInstanceLock');
      return options.hasInstanceLock ?? true;
    },
    quit() {
      log.push('app.quit');
    },
    exit(code?: number) {
      log.push(`app.exit ${code ?? 0}`);
    },
    whenReady: () => ready,
  } satisfies Pick<App, 'isPackaged' | 'enableSandbox' | 'setPath' | 'getPath' | 'getName' | 'getVersion' | 'requestSingleInstanceLock' | 'quit' | 'exit' | 'whenReady'>;
  const app = strict('app', {
    ...appParts,
    // Electron's `on` has one overload per event; an EventEmitter is what it is underneath.
    on(event: string, listener: Listener) {
      log.push(`app.on ${event}`);
      appEvents.on(event, listener);
      return app;
    },
  });

  const privilegedSchemes: CustomScheme[][] = [];
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const protocol = strict('protocol', {
    registerSchemesAsPrivileged(schemes: CustomScheme[]) {
      log.push('protocol.registerSchemesAsPrivileged');
      privilegedSchemes.push(schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      log.push(`protocol.handle ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
  } satisfies Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>);

  /** Every ipcMain.handle call, duplicates included, so "exactly once" can be asserted. */
  const handledChannels: string[] = [];
  const invokeListeners = new Map<string, InvokeListener>();
  const ipcMain = strict('ipcMain', {
    handle(channel: string, listener: InvokeListener) {
      handledChannels.push(channel);
      invokeListeners.set(channel, listener);
    },
  });

  let applicationMenu: { template: MenuItemConstructorOptions[] } | null = null;
  const Menu = strict('Menu', {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu(menu: { template: MenuItemConstructorOptions[] } | null) {
      log.push('Menu.setApplicationMenu');
      applicationMenu = menu;
    },
  });

  const windows: FakeBrowserWindow[] = [];
  const windowContext: WindowContext = { log, windows, appEvents };
  const BrowserWindow: FakeBrowserWindowClass = Object.assign(
    class extends FakeBrowserWindow {
      constructor(windowOptions: BrowserWindowConstructorOptions) {
        super(windowOptions, windowContext);
      }
    },
    { getAllWindows: () => windows.filter((window) => !window.isDestroyed()) },
  );

  const screenEvents = new EventEmitter();
  const screen = strict('screen', {
    getPrimaryDisplay: () => LAPTOP_DISPLAY as Display,
    getAllDisplays: () => [LAPTOP_DISPLAY as Display],
    getDisplayMatching: () => LAPTOP_DISPLAY as Display,
    on(event: string, listener: Listener) {
      screenEvents.on(event, listener);
      return screen;
    },
  });

  const permissionHandlers: { request?: unknown; check?: unknown; device?: unknown } = {};
  type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
  const beforeRequest: { filter: { urls: string[] } | null; listener: BeforeRequestListener | null } = { filter: null, listener: null };
  const defaultSession = strict('session.defaultSession', {
    setPermissionRequestHandler(handler: unknown) {
      log.push('session.setPermissionRequestHandler');
      permissionHandlers.request = handler;
    },
    setPermissionCheckHandler(handler: unknown) {
      log.push('session.setPermissionCheckHandler');
      permissionHandlers.check = handler;
    },
    setDevicePermissionHandler(handler: unknown) {
      permissionHandlers.device = handler;
    },
    webRequest: strict('session.defaultSession.webRequest', {
      onHeadersReceived() {
        log.push('session.webRequest.onHeadersReceived');
      },
      onBeforeRequest(filter: { urls: string[] }, listener: BeforeRequestListener) {
        log.push('session.webRequest.onBeforeRequest');
        beforeRequest.filter = filter;
        beforeRequest.listener = listener;
      },
    }),
  });

  const savedDialogs: string[] = [];
  const dialog = strict('dialog', {
    showSaveDialog: (..._args: unknown[]) => {
      savedDialogs.push('showSaveDialog');
      return Promise.resolve({ canceled: true, filePath: '' });
    },
  });

  const shell = strict('shell', {
    openExternal: () => Promise.resolve(),
    showItemInFolder: () => undefined,
  } satisfies Pick<Shell, 'openExternal' | 'showItemInFolder'>);
  const clipboard = strict('clipboard', { writeText: () => Promise.resolve() } satisfies Pick<Clipboard, 'writeText'>);
  const nativeTheme = strict('nativeTheme', { shouldUseDarkColors: false } satisfies Pick<NativeTheme, 'shouldUseDarkColors'>);

  const module = strict('electron', {
    app,
    BrowserWindow,
    clipboard,
    dialog,
    ipcMain,
    Menu,
    nativeTheme,
    protocol,
    screen,
    session: strict('session', { defaultSession }),
    shell,
  });

  return {
    module,
    log,
    untilLogged,
    windows,
    privilegedSchemes,
    protocolHandlers,
    handledChannels,
    permissionHandlers,
    /** What the session's onBeforeRequest filter answers for a request to `url`: cancelled or not; null without a filter. */
    isRequestCancelled(url: string): boolean | null {
      if (beforeRequest.listener === null) return null;
      let answer: { cancel?: boolean } | null = null;
      beforeRequest.listener({ url }, (response) => {
        answer = response;
      });
      if (answer === null) throw new Error('onBeforeRequest did not answer synchronously');
      return (answer as { cancel?: boolean }).cancel === true;
    },
    get requestFilterUrls() {
      return beforeRequest.filter?.urls ?? null;
    },
    get applicationMenu() {
      return applicationMenu;
    },
    userDataPath: () => paths.get('userData'),
    /** What Electron does when it is ready: resolves whenReady() (and logs it, for ordering). */
    becomeReady() {
      log.push('ready');
      markReady();
    },
    emitApp(event: string, ...args: unknown[]) {
      appEvents.emit(event, ...args);
    },
    /** Calls a handled channel the way a renderer's ipcRenderer.invoke would arrive. */
    invoke(channel: string, senderUrl: string, ...args: unknown[]) {
      const listener = invokeListeners.get(channel);
      if (listener === undefined) throw new Error(`no handler for ${channel}`);
      const event = { senderFrame: { url: senderUrl, parent: null } } as unknown as IpcMainInvokeEvent;
      return listener(event, ...args);
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

// Events go through EventEmitter (Electron's `on` has an overload per event); every other member
// the built code calls is checked here against electron.d.ts.
type WindowMembers = 'loadURL' | 'close' | 'destroy' | 'isDestroyed' | 'show' | 'focus' | 'maximize' | 'restore' | 'isMinimized' | 'isMaximized' | 'getBounds' | 'getNormalBounds';
type FakeWindow = FakeBrowserWindow;
export type _WindowConforms = Conforms<Pick<FakeWindow, WindowMembers>, Pick<BrowserWindow, WindowMembers>>;
export type _WebContentsConforms = Conforms<Pick<FakeWindow['webContents'], 'send' | 'reload'>, Pick<WebContents, 'send' | 'reload'>>;
export type _ScreenConforms = Conforms<
  Pick<FakeElectron['module']['screen'], 'getPrimaryDisplay' | 'getAllDisplays' | 'getDisplayMatching'>,
  Pick<Screen, 'getPrimaryDisplay' | 'getAllDisplays' | 'getDisplayMatching'>
>;
export type _DialogConforms = Conforms<FakeElectron['module']['dialog'], Pick<Dialog, 'showSaveDialog'>>;
export type _IpcMainConforms = Conforms<FakeElectron['module']['ipcMain'], Pick<IpcMain, 'handle'>>;
export type _SessionConforms = Conforms<
  Pick<FakeElectron['module']['session']['defaultSession'], 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
  Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>
>;

/** A stand-in for the preload's `electron`: what it exposes and what it listens to. */
export function createFakePreloadElectron() {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listenedChannels: string[] = [];
  const contextBridge = strict('contextBridge', {
    exposeInMainWorld(apiKey: string, api: unknown) {
      exposed.set(apiKey, api);
    },
  } satisfies Pick<ContextBridge, 'exposeInMainWorld'>);
  const ipcRenderer = strict('ipcRenderer', {
    invoke(channel: string, ...args: unknown[]) {
      invoked.push({ channel, args });
      return Promise.resolve({ ok: true, value: null });
    },
    on(channel: string) {
      listenedChannels.push(channel);
      return ipcRenderer;
    },
    removeListener() {
      return ipcRenderer;
    },
  });
  return { module: strict('electron', { contextBridge, ipcRenderer }), exposed, invoked, listenedChannels };
}
