import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { StartupProblem } from '../../shared/ipc';
import { EngagementRepository } from './engagements';
import { AppError } from './errors';
import { safeExternalUrl } from './externalUrl';
import { createRouter, type Dispatch, type Handlers } from './router';
import { SettingsService } from './settings';
import { takeDailySnapshot } from './snapshots';
import type { StoreFactory } from './storeFiles';
import { WriteQueue } from './writeQueue';

/** What the main process asks of the operating system: the Electron boundary. */
export interface Platform {
  openPath(path: string): Promise<void>;
  openExternal(url: string): Promise<void>;
}

export interface MainServicesOptions {
  dataDir: string;
  factory: StoreFactory;
  platform: Platform;
  now?: () => Date;
  newId?: () => string;
  /** Quiet time before a burst of changes is written. */
  writeDelayMs?: number;
  log?: (message: string, error: unknown) => void;
}

export interface MainServices {
  dataDir: string;
  dispatch: Dispatch;
  settings: SettingsService;
  engagements: EngagementRepository;
  problems: StartupProblem[];
  queue: WriteQueue;
  /** Writes everything pending. Called on quit and before a snapshot. */
  flush(): void;
  /** Takes today's snapshot if it has not been taken yet (the app checks hourly). */
  snapshotIfDue(): void;
}

/**
 * Everything the main process does, without Electron: main.ts wires this to ipcMain and
 * electron-store; the e2e Chromium host wires it to a page over real files.
 */
export function createMainServices(options: MainServicesOptions): MainServices {
  const { dataDir, factory, platform } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const log = options.log ?? ((message, error) => console.error(message, error));
  const problems: StartupProblem[] = [];
  const report = (problem: StartupProblem) => problems.push(problem);

  fs.mkdirSync(dataDir, { recursive: true });
  const queue = new WriteQueue(options.writeDelayMs ?? 300, (key, error) => log(`Saving ${key} failed`, error));

  const snapshotIfDue = () => {
    try {
      queue.flush();
      takeDailySnapshot(dataDir, now());
    } catch (error) {
      log('Snapshot failed', error);
      report({
        kind: 'snapshot-failed',
        file: 'snapshots/',
        movedTo: null,
        message: `Today's backup snapshot of the data folder could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  // Snapshot first: it captures the folder as the last session left it.
  snapshotIfDue();

  const settings = new SettingsService({ dataDir, factory, queue, now, report });
  settings.load();
  const engagements = new EngagementRepository({ dataDir, factory, queue, now, newId, report });
  engagements.load();

  const handlers: Handlers = {
    'app:startupReport': () => ({ dataDir, problems: [...problems] }),
    'app:openDataFolder': async () => {
      await platform.openPath(dataDir);
      return {};
    },
    'app:openExternal': async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (!safe) throw new AppError('forbidden', 'Only https: and mailto: links can be opened.');
      await platform.openExternal(safe.href);
      return {};
    },
    'settings:get': () => settings.get(),
    'engagements:list': () => engagements.list(),
    'engagements:get': ({ id }) => engagements.get(id),
    'engagements:create': (input) => engagements.create(input),
    'engagements:update': ({ id, input }) => engagements.update(id, input),
    'engagements:delete': ({ id }) => {
      engagements.delete(id);
      return { id };
    },
    'engagements:restore': ({ id }) => engagements.restore(id),
  };

  return {
    dataDir,
    dispatch: createRouter(handlers, log),
    settings,
    engagements,
    problems,
    queue,
    flush: () => queue.flush(),
    snapshotIfDue,
  };
}
