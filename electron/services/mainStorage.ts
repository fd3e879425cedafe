import type { StartupProblem } from '../../shared/ipc';
import type { StorageFs } from '../storage/fileSystem';
import { FileWriter } from '../storage/fileWriter';
import { removeLeftoverTempFiles } from '../storage/tempFiles';
import { writerStoreFactory } from '../storage/writerStore';
import { relativeToData } from './dataFolder';
import { storageWords } from './storageWords';
import { takeDailySnapshot } from './snapshots';
import type { StoreFactory } from './storeFiles';
import { WriteQueue } from './writeQueue';

/** How long an hourly snapshot waits for pending writes before it copies what is on disk. */
const SNAPSHOT_DRAIN_MS = 5_000;

export interface MainStorageDeps {
  dataDir: string;
  now: () => Date;
  /**
   * Quiet time before a burst of changes is written; a burst waits at most twice that.
   * With the renderer's autosave (≤ 500 ms) and the app's 200 ms, a keystroke is on disk
   * within about 1 s even under continuous typing.
   */
  writeDelayMs: number;
  log: (message: string, error: unknown) => void;
  report: (problem: StartupProblem) => void;
  /** A failed save, in words the user knows (the 'storage-error' event). */
  storageError: (payload: { what: string; message: string; attempt: number }) => void;
  /** Another writer changed or deleted a file: this app's changes went to a copy beside it. */
  storageConflict?: (payload: { what: string; copy: string; how: 'changed' | 'deleted' }) => void;
  /** An engagement's name by id, once the engagements are loaded (null before). */
  engagementName: (id: string) => string | null;
  /** The file system the writer uses: node:fs/promises unless a test injects failures. */
  fs?: StorageFs;
  /** Backoff between attempts at a failing file (tests shorten it). */
  retryDelayMs?: (attempt: number) => number;
}

export interface MainStorage {
  queue: WriteQueue;
  writer: FileWriter;
  /** Stores that save through `writer`. */
  factory: StoreFactory;
  /** Takes today's snapshot if it has not been taken yet, of the folder as it is (at start, before anything is written). */
  snapshotNow: () => void;
  /** As snapshotNow, once what is pending has been written (or a few seconds have passed). */
  snapshotIfDue: () => Promise<void>;
  /**
   * Quit: hands every coalesced write to the writer, waits up to `timeoutMs` for them to
   * reach disk, and names (in the user's words) what could not be saved.
   */
  drain: (timeoutMs: number) => Promise<string[]>;
}

/** The write queue and the writer every document saves through, and the daily snapshot of the data folder. */
export function openMainStorage(deps: MainStorageDeps): MainStorage {
  const { dataDir, now, log, report } = deps;
  const { describeKey, describeFile, describeUnsaved } = storageWords(dataDir, deps.engagementName);
  const failed = (what: string, error: unknown, attempt: number) =>
    deps.storageError({ what, message: error instanceof Error ? error.message : String(error), attempt });

  // Before anything is written: what killed writes left behind is never data.
  for (const removed of removeLeftoverTempFiles(dataDir)) log(`Removed a leftover temp file ${removed}`, null);

  const queue = new WriteQueue(
    deps.writeDelayMs,
    (key, error, attempt) => {
      log(`Saving ${key} failed (attempt ${attempt})`, error);
      failed(describeKey(key), error, attempt);
    },
    deps.writeDelayMs * 2,
  );
  const writer = new FileWriter({
    ...(deps.fs ? { fs: deps.fs } : {}),
    ...(deps.retryDelayMs ? { retryDelayMs: deps.retryDelayMs } : {}),
    onError: (file, error, attempt) => {
      log(`Saving ${relativeToData(dataDir, file)} failed (attempt ${attempt})`, error);
      failed(describeFile(file), error, attempt);
    },
    onRecovered: (file) => log(`Saving ${relativeToData(dataDir, file)} works again`, null),
    onConflict: (file, copy, how) => {
      log(
        `${relativeToData(dataDir, file)} was ${how} by something else; saving to ${relativeToData(dataDir, copy)}`,
        null,
      );
      deps.storageConflict?.({ what: describeFile(file), copy: relativeToData(dataDir, copy), how });
    },
    now: deps.now,
  });
  const snapshotNow = () => {
    try {
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
  // Hourly: what is pending reaches the disk first, so the day's copy holds the latest saves.
  const snapshotIfDue = async () => {
    queue.flush();
    await writer.drain(SNAPSHOT_DRAIN_MS);
    snapshotNow();
  };
  const drain = async (timeoutMs: number) => {
    queue.flush();
    const unsaved = await writer.drain(timeoutMs);
    const failing = [...queue.failing.keys()].map(describeKey);
    return [...new Set([...unsaved.map(describeUnsaved), ...failing])];
  };
  return { queue, writer, factory: writerStoreFactory(writer), snapshotNow, snapshotIfDue, drain };
}
