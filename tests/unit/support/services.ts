import type { z } from 'zod';
import type { InvokeChannel } from '../../../shared/channels';
import {
  contract,
  type IpcError,
  type IpcErrorCode,
  type IpcResult,
  type RequestOf,
  type ResponseOf,
} from '../../../shared/ipc';
import { confStoreFactory } from './confStoreFactory';
import {
  createMainServices,
  type MainServices,
  type MainServicesOptions,
} from '../../../electron/services/mainServices';
import type { JsonStore, StoreFactory } from '../../../electron/services/storeFiles';
import type { StorageFs } from '../../../electron/storage/fileSystem';
import { recordingPlatform, type RecordingPlatform } from './platform';
import { settleBeforeRemoval } from './tempDir';

export { recordingPlatform, type RecordingPlatform };

/** Wraps a factory and records the path of every whole-file write. */
export interface CountingFactory {
  factory: StoreFactory;
  readonly writes: string[];
  writesTo(filePath: string): number;
}

export function countingFactory(inner: StoreFactory = confStoreFactory): CountingFactory {
  const writes: string[] = [];
  const factory: StoreFactory = (cwd, name) => {
    const store = inner(cwd, name);
    const counted: JsonStore = {
      path: store.path,
      read: () => store.read(),
      write: (doc) => {
        writes.push(store.path);
        store.write(doc);
      },
    };
    return counted;
  };
  return { factory, writes, writesTo: (filePath) => writes.filter((w) => w === filePath).length };
}

/** A clock the test moves by hand. */
export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
  set(iso: string): void;
}

export function testClock(startIso = '2026-03-02T09:00:00.000Z'): TestClock {
  let current = new Date(startIso).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (iso) => {
      current = new Date(iso).getTime();
    },
  };
}

let instances = 0;

export interface Harness {
  services: MainServices;
  platform: RecordingPlatform;
  logs: { message: string; error: unknown }[];
  /**
   * Writes everything pending and waits until it is on disk (record files are written
   * asynchronously, through the one writer); throws naming what could not be saved.
   */
  settle: () => Promise<void>;
  /** Dispatches and expects success; the value is checked against the contract's response schema. */
  call: <C extends InvokeChannel>(channel: C, payload: RequestOf<C>) => Promise<ResponseOf<C>>;
  /** Dispatches anything (as the untrusted renderer may) and expects the given error. */
  fail: (channel: unknown, payload: unknown, code: IpcErrorCode) => Promise<IpcError>;
}

export interface HarnessOptions {
  factory?: StoreFactory;
  platform?: RecordingPlatform;
  clock?: TestClock;
  timeZone?: string;
  /** Long by default so that only an explicit flush() (or fake timers) writes. */
  writeDelayMs?: number;
  /** Backoff between SMTP attempts; the outbox's own (30 s and up) when not given. */
  mailRetryDelayMs?: (attempt: number) => number;
  /** The file system under the writer (a recording or failing disk). */
  storageFs?: StorageFs;
  /** Backoff between attempts at a failing file. */
  storageRetryDelayMs?: (attempt: number) => number;
  /** Quiet time of the folder watch (startBackground), short in tests. */
  watchDebounceMs?: number;
  /** Stops the upgrade of an old engagement file after a step (a kill, a full disk). */
  upgradeDrill?: MainServicesOptions['upgradeDrill'];
  /** How git runs for the team workspace (isolated from the machine's git configuration). */
  git?: MainServicesOptions['git'];
  /** Quiet time before a change to a shared engagement is committed; long by default (tests commit by syncing). */
  teamCommitQuietMs?: number;
  /** What new ids start with (`t<n>` unless given): a drill that must make the same ids on every run names its laptops. */
  idPrefix?: string;
}

export function valueOf(result: IpcResult<unknown>): unknown {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorOf(result: IpcResult<unknown>): IpcError {
  if (result.ok) throw new Error(`Expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** createMainServices over `dataDir` with conf stores, a recording platform and sequential ids. */
export function openServices(dataDir: string, options: HarnessOptions = {}): Harness {
  instances += 1;
  const prefix = options.idPrefix ?? `t${instances}`;
  let n = 0;
  const platform = options.platform ?? recordingPlatform();
  const logs: Harness['logs'] = [];
  const services = createMainServices({
    dataDir,
    factory: options.factory ?? confStoreFactory,
    platform,
    now: (options.clock ?? testClock()).now,
    newId: () => `${prefix}-${++n}`,
    writeDelayMs: options.writeDelayMs ?? 60_000,
    timeZone: () => options.timeZone ?? 'Europe/Berlin',
    ...(options.mailRetryDelayMs ? { mailRetryDelayMs: options.mailRetryDelayMs } : {}),
    ...(options.storageFs ? { storageFs: options.storageFs } : {}),
    ...(options.storageRetryDelayMs ? { storageRetryDelayMs: options.storageRetryDelayMs } : {}),
    ...(options.upgradeDrill ? { upgradeDrill: options.upgradeDrill } : {}),
    ...(options.watchDebounceMs !== undefined ? { watchDebounceMs: options.watchDebounceMs } : {}),
    ...(options.git ? { git: options.git } : {}),
    teamCommitQuietMs: options.teamCommitQuietMs ?? 60_000,
    log: (message, error) => logs.push({ message, error }),
  });
  // Whatever a test leaves unsaved is written before its folder is removed.
  settleBeforeRemoval(async () => {
    services.stopBackground();
    await services.flushAndWait(5_000);
  });
  return {
    services,
    platform,
    logs,
    settle: async () => {
      const unsaved = await services.flushAndWait(10_000);
      if (unsaved.length > 0) throw new Error(`Not saved: ${unsaved.join(', ')}`);
    },
    call: async <C extends InvokeChannel>(channel: C, payload: RequestOf<C>) => {
      const value = valueOf(await services.dispatch(channel, payload));
      const schema: z.ZodType = contract[channel].response;
      return schema.parse(value) as ResponseOf<C>;
    },
    fail: async (channel, payload, code) => {
      const error = errorOf(await services.dispatch(channel, payload));
      if (error.code !== code) throw new Error(`Expected ${code}, got ${error.code}: ${error.message}`);
      return error;
    },
  };
}
