import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../../shared/bridge';
import { contract, events } from '../../../shared/ipc';

type Api = {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
};

// The Electron boundary, recorded: what the preload exposes and what it sends over IPC.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; payload: unknown }[] = [];
  const listening = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  return {
    exposed,
    invoked,
    listening,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: {
        invoke: (channel: string, payload: unknown) => {
          invoked.push({ channel, payload });
          return Promise.resolve({ ok: true, value: channel });
        },
        on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
          listening.set(channel, [...(listening.get(channel) ?? []), listener]);
        },
        removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
          listening.set(
            channel,
            (listening.get(channel) ?? []).filter((l) => l !== listener),
          );
        },
      },
    },
  };
});
vi.mock('electron', () => electron.module);

let api: Api;
beforeAll(async () => {
  await import('../../../electron/preload');
  api = electron.exposed.get('api') as Api;
});

describe('the preload', () => {
  it('exposes exactly { invoke, on } as window.api', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it("allowlists exactly the contract's channels and events", async () => {
    expect([...BRIDGE_CHANNELS.invoke]).toEqual(Object.keys(contract));
    expect([...BRIDGE_CHANNELS.events]).toEqual(Object.keys(events));
    electron.invoked.length = 0;
    for (const channel of Object.keys(contract))
      await expect(api.invoke(channel, {})).resolves.toEqual({ ok: true, value: channel });
    expect(electron.invoked.map((i) => i.channel)).toEqual(Object.keys(contract));
    for (const channel of Object.keys(events)) api.on(channel, () => undefined)();
  });

  it('refuses any other channel without sending it to main', async () => {
    electron.invoked.length = 0;
    for (const channel of ['app:openExternal', 'fs:readFile', '', 'constructor']) {
      await expect(api.invoke(channel, {})).resolves.toEqual({
        ok: false,
        error: { code: 'unknown-channel', message: `Unknown channel: ${channel}` },
      });
      expect(() => api.on(channel, () => undefined)).toThrow(`Unknown event channel: ${channel}`);
    }
    expect(electron.invoked).toEqual([]);
  });

  it('sends the payload as it is (Electron structured-clones it), and stops listening on request', () => {
    const payload = { when: new Date(0), nested: { list: [1] } };
    void api.invoke('settings:update', payload);
    expect(electron.invoked.at(-1)?.payload).toBe(payload);

    const heard: unknown[] = [];
    const stop = api.on('outbox-changed', (p) => heard.push(p));
    electron.listening.get('outbox-changed')?.forEach((l) => l({ sender: null }, { n: 1 }));
    stop();
    electron.listening.get('outbox-changed')?.forEach((l) => l({ sender: null }, { n: 2 }));
    expect(heard).toEqual([{ n: 1 }]);
  });
});
