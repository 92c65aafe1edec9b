// The sandboxed preload: the renderer's only way out. It exposes exactly the contract's verbs
// and events on window.gleaner, each bound to its fixed channel. No ipcRenderer, no send/on,
// no channel parameter: the page cannot reach any other channel. Bundled into one CommonJS
// file that requires nothing but 'electron' (a sandboxed preload can load nothing else).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type GleanerApi, type GleanerEventApi, type GleanerInvokeApi } from '../../shared/ipc/contract';

type Verb = keyof GleanerInvokeApi;
type EventName = keyof GleanerEventApi;

function invoker(channel: string) {
  return (...args: unknown[]) =>
    // Main answers every verb with a Result; a rejection only means IPC itself broke.
    ipcRenderer.invoke(channel, ...args).catch((error: unknown) => ({
      ok: false,
      error: { code: 'ipc-failed', message: error instanceof Error ? error.message : String(error) },
    }));
}

function subscriber(channel: string) {
  return (listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // The IpcRendererEvent (with its sender and ports) never reaches the page: payload only.
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  };
}

const verbs = Object.fromEntries((Object.keys(INVOKE_CHANNELS) as Verb[]).map((verb) => [verb, invoker(INVOKE_CHANNELS[verb])]));
const events = Object.fromEntries((Object.keys(EVENT_CHANNELS) as EventName[]).map((name) => [name, subscriber(EVENT_CHANNELS[name])]));
const bridge = Object.freeze({ ...verbs, ...events }) as unknown as GleanerApi;

contextBridge.exposeInMainWorld('gleaner', bridge);
