import type { StartupProblem } from '../../shared/ipc';
import type { CloseGate } from './closeGate';
import type { HandlersFor } from './router';
import type { WriteQueue } from './writeQueue';

export interface AppHandlerDeps {
  dataDir: string;
  /** The start-up problems so far; read on every call (a snapshot may fail later). */
  problems: readonly StartupProblem[];
  openPath: (target: string) => Promise<void>;
  queue: WriteQueue;
  closeGate: CloseGate;
}

/** The app:* channels: the start-up report, the data folder, the close handshake. */
export function appHandlers({ dataDir, problems, openPath, queue, closeGate }: AppHandlerDeps): HandlersFor<'app'> {
  return {
    'app:startupReport': () => ({ dataDir, problems: [...problems] }),
    'app:openDataFolder': async () => {
      await openPath(dataDir);
      return {};
    },
    'app:readyToClose': () => {
      queue.flush();
      closeGate.open();
      return {};
    },
  };
}
