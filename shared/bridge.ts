import { EVENT_CHANNELS, INVOKE_CHANNELS } from './channels';

/** How the bridge reaches main: ipcRenderer in the preload, a Playwright binding in the e2e host. */
export interface BridgeTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  listen(channel: string, listener: (payload: unknown) => void): () => void;
}

export interface BridgeChannels {
  invoke: readonly string[];
  events: readonly string[];
}

/** The allowlists, from the channels generated from the contract (no zod: the preload is sandboxed). */
export const BRIDGE_CHANNELS: BridgeChannels = { invoke: INVOKE_CHANNELS, events: EVENT_CHANNELS };

/**
 * The whole surface the renderer gets: invoke a contract channel, listen to an event
 * channel; anything else is refused here, before it reaches main. The preload and the e2e
 * Chromium host both build window.api with this function. It must stay self-contained
 * (no imports or module state inside): the host injects its source into the page.
 */
export function makeBridgeApi(
  channels: BridgeChannels,
  transport: BridgeTransport,
): {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
} {
  const invokeSet = new Set(channels.invoke);
  const eventSet = new Set(channels.events);
  return {
    invoke(channel: string, payload: unknown): Promise<unknown> {
      if (!invokeSet.has(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown-channel', message: `Unknown channel: ${channel}` },
        });
      }
      return transport.invoke(channel, payload);
    },
    on(channel: string, listener: (payload: unknown) => void): () => void {
      if (!eventSet.has(channel)) throw new Error(`Unknown event channel: ${channel}`);
      return transport.listen(channel, listener);
    },
  };
}
