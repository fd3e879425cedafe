/** The bridge the preload exposes: exactly { invoke, on }. Only renderer/api.ts uses it. */
interface AuxDeskBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

interface Window {
  api: AuxDeskBridge;
}
