import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_CHANNELS, makeBridgeApi } from '../shared/bridge';

/**
 * window.api = { invoke, on } over ipcRenderer: no raw ipcRenderer, no Node. Kept to one
 * sandbox-safe bundle (shared/bridge.ts and the generated shared/channels.ts, no zod).
 * Payloads go as they are: Electron's structured clone carries them to main.
 */
const api = makeBridgeApi(BRIDGE_CHANNELS, {
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  listen(channel, listener) {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
});

contextBridge.exposeInMainWorld('api', api);
