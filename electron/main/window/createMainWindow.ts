import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from '../protocol/registerAppProtocol';
import { loadWindowState, saveWindowState, type WindowState } from './windowState';

/**
 * The main window. Its security settings sit in this one block; do not change any of them
 * without reading ARCHITECTURE.md (Security invariants) and SECURITY.md S1. Lint rules reject
 * the insecure values, and the Electron e2e spec reads them back from the running window.
 */
const SECURE_WEB_PREFERENCES = {
  // The renderer runs untrusted clipping content next to our UI: it gets no Node.js…
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  // …its world is separate from the preload's, which exposes named verbs only…
  contextIsolation: true,
  // …and it runs in Chromium's OS-level sandbox (the preload too: one CJS file, 'electron' only).
  sandbox: true,
  // Same-origin policy on; no http content in an https page; no <webview>.
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  // No experimental web platform features, no extra Blink features, no spell-check downloads.
  experimentalFeatures: false,
  enableBlinkFeatures: '',
  spellcheck: false,
  // Navigation is denied anyway; this keeps Backspace/Alt+Left from trying.
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const;

/** Creates the main window at its remembered size and position, loading app://bundle/. */
export async function createMainWindow(preload: string, stateFile: string): Promise<BrowserWindow> {
  const state = await loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Gleaner',
    backgroundColor: '#fbfaf7',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberGeometry(window, stateFile);
  await window.loadURL(APP_ENTRY_URL);
  return window;
}

function rememberGeometry(window: BrowserWindow, stateFile: string): void {
  let timer: NodeJS.Timeout | null = null;
  const capture = (): WindowState => {
    const bounds = window.getNormalBounds();
    return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: window.isMaximized() };
  };
  const save = (state: WindowState) => void saveWindowState(stateFile, state).catch(() => {});
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => save(capture()), 500);
  };
  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    save(capture());
  });
}
