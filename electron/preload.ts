import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isInvokeChannel } from '../shared/channels';

/**
 * The whole surface the renderer gets: invoke a contract channel, listen to an event
 * channel. No raw ipcRenderer, no Node. Kept to one sandbox-safe bundle.
 */
const api = {
  invoke(channel: string, payload: unknown): Promise<unknown> {
    if (!isInvokeChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${channel}` } });
    }
    return ipcRenderer.invoke(channel, payload);
  },
  on(channel: string, listener: (payload: unknown) => void): () => void {
    if (!isEventChannel(channel)) throw new Error(`Unknown event channel: ${channel}`);
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
};

contextBridge.exposeInMainWorld('api', api);
