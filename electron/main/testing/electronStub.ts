import { EventEmitter } from 'node:events';

/** What the stub saw main.ts do, in order. */
export interface StubRecord {
  calls: string[];
  schemes: unknown[];
  protocolHandlers: Map<string, (request: { url: string; method: string }) => Promise<Response>>;
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  windows: { options: { webPreferences: Record<string, unknown> }; url: string | null }[];
  beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null;
  permissionRequest: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  permissionCheck: ((wc: unknown, permission: string, origin: string, details: unknown) => boolean) | null;
  devicePermission: ((details: { deviceType: string; origin: string }) => boolean) | null;
  displayMediaRequest: ((request: unknown, callback: (streams: unknown) => void) => void) | null;
  /** The default session, to emit its events (will-download …) at the handlers main registered. */
  session: EventEmitter | null;
  spellChecker: boolean | null;
}

/**
 * A stand-in for the 'electron' module, for the one test that loads the built main bundle
 * where no Electron binary exists. It records what main asks of Electron and answers just
 * enough for start-up to complete; it proves wiring, not Electron's behaviour.
 */
export function createElectronStub(userData: string): { electron: Record<string, unknown>; record: StubRecord; ready: () => void } {
  const record: StubRecord = { calls: [], schemes: [], protocolHandlers: new Map(), ipcHandlers: new Map(), windows: [], beforeRequest: null, permissionRequest: null, permissionCheck: null, devicePermission: null, displayMediaRequest: null, session: null, spellChecker: null };
  let resolveReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    enableSandbox: () => record.calls.push('enableSandbox'),
    setName: () => {},
    setPath: () => {},
    getPath: () => userData,
    getName: () => 'Gleaner',
    getVersion: () => '0.0.0-test',
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => readyPromise.then(() => record.calls.push('ready')),
    quit: () => record.calls.push('quit'),
    exit: (code: number) => record.calls.push(`exit ${code}`),
  });
  const session = Object.assign(new EventEmitter(), {
    protocol: { handle: (scheme: string, handler: never) => record.protocolHandlers.set(scheme, handler) },
    setPermissionRequestHandler: (h: StubRecord['permissionRequest']) => (record.permissionRequest = h),
    setPermissionCheckHandler: (h: StubRecord['permissionCheck']) => (record.permissionCheck = h),
    setDevicePermissionHandler: (h: StubRecord['devicePermission']) => (record.devicePermission = h),
    setDisplayMediaRequestHandler: (h: StubRecord['displayMediaRequest']) => (record.displayMediaRequest = h),
    setSpellCheckerEnabled: (enabled: boolean) => (record.spellChecker = enabled),
    webRequest: { onBeforeRequest: (h: StubRecord['beforeRequest']) => (record.beforeRequest = h) },
  });
  record.session = session;
  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    static fromWebContents = () => BrowserWindow.all[0] ?? null;
    webContents = Object.assign(new EventEmitter(), { send: () => {}, isDestroyed: () => false });
    private readonly entry: StubRecord['windows'][number];
    constructor(options: StubRecord['windows'][number]['options']) {
      super();
      this.entry = { options, url: null };
      record.windows.push(this.entry);
      BrowserWindow.all.push(this);
    }
    async loadURL(url: string) {
      this.entry.url = url;
    }
    maximize() {}
    isMaximized = () => false;
    isMinimized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
  }
  const electron = {
    app,
    session: { defaultSession: session },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => (record.calls.push('registerSchemes'), record.schemes.push(...schemes)) },
    ipcMain: { handle: (channel: string, handler: never) => record.ipcHandlers.set(channel, handler) },
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => {} },
    dialog: {},
    shell: {},
  };
  return { electron, record, ready: () => resolveReady() };
}
