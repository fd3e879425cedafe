import { afterEach } from 'vitest';
import type { MainServices } from '../../../../electron/services/mainServices';
import { useAppStore } from '../../../../renderer/store';

/**
 * The renderer's store over real main services: the preload bridge (window.api, the Electron
 * boundary) is the only stand-in, and it dispatches to the real handler table. The store is
 * reset to its first state after each test.
 */
export function installBridge(services: MainServices): void {
  const api = {
    invoke: (channel: string, payload: unknown) => services.dispatch(channel, payload),
    on: () => () => undefined,
  };
  Object.assign(globalThis, { window: { api } });
}

export function resetStoreAfterEach(): void {
  afterEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    Reflect.deleteProperty(globalThis, 'window');
  });
}

/** Lets the fire-and-forget reloads (void promises) the store starts settle. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
