import type { StartupProblem } from '../../shared/ipc';
import { NOTICES_NAME } from './notifications';
import { PLAIN_PLANNER_KEY } from './planner';
import { takeDailySnapshot } from './snapshots';
import { WriteQueue } from './writeQueue';

export interface MainStorageDeps {
  dataDir: string;
  now: () => Date;
  writeDelayMs: number;
  log: (message: string, error: unknown) => void;
  report: (problem: StartupProblem) => void;
  /** A failed save, in words the user knows (the 'storage-error' event). */
  storageError: (payload: { what: string; message: string; attempt: number }) => void;
  /** An engagement's name by id, once the engagements are loaded (null before). */
  engagementName: (id: string) => string | null;
}

export interface MainStorage {
  queue: WriteQueue;
  /** Takes today's snapshot if it has not been taken yet, after writing what is pending. */
  snapshotIfDue: () => void;
}

/** The write queue every document saves through, and the daily snapshot of the data folder. */
export function openMainStorage(deps: MainStorageDeps): MainStorage {
  const { dataDir, now, log, report } = deps;
  const describeKey = (key: string): string => {
    if (key === 'settings') return 'your settings';
    if (key === 'index') return 'the list of engagements';
    if (key === PLAIN_PLANNER_KEY) return 'your plain-week plans (planner.json)';
    if (key === NOTICES_NAME) return 'the list of notifications already shown (notices.json)';
    const name = deps.engagementName(key.replace(/^engagement:/, ''));
    return name ? `engagement “${name}”` : 'an engagement';
  };
  const queue = new WriteQueue(deps.writeDelayMs, (key, error, attempt) => {
    log(`Saving ${key} failed (attempt ${attempt})`, error);
    deps.storageError({
      what: describeKey(key),
      message: error instanceof Error ? error.message : String(error),
      attempt,
    });
  });
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
  return { queue, snapshotIfDue };
}
