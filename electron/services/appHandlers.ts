import type { StartupProblem } from '../../shared/ipc';
import type { CloseGate } from './closeGate';
import type { EngagementRepository } from './engagements';
import type { KeptProblems } from './keptProblems';
import { restoreRecord } from './recordRestore';
import type { HandlersFor } from './router';
import type { WriteQueue } from './writeQueue';

export interface AppHandlerDeps {
  dataDir: string;
  /** The start-up problems so far; read on every call (a snapshot may fail later). */
  problems: StartupProblem[];
  kept: KeptProblems;
  engagements: EngagementRepository;
  openPath: (target: string) => Promise<void>;
  queue: WriteQueue;
  closeGate: CloseGate;
}

/** The app:* channels: the start-up report, the data folder, the close handshake. */
export function appHandlers(deps: AppHandlerDeps): HandlersFor<'app'> {
  const { dataDir, problems, openPath, queue, closeGate, kept } = deps;
  return {
    'app:startupReport': () => ({ dataDir, problems: [...problems] }),
    'app:restoreRecord': async ({ engagementId, record }) => {
      const restored = await restoreRecord(dataDir, deps.engagements, engagementId, record);
      kept.restored(problems, engagementId, record);
      return restored;
    },
    'app:dismissProblems': () => {
      kept.dismissed(problems);
      return {};
    },
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
