import fs from 'node:fs';
import { parseObject } from '../storage/writerStore';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from './privateFiles';

/**
 * The seam between the services and their files. The app's stores save through the one
 * writer (../storage/writerStore.ts: async, atomic, canonical JSON, retried). Unit tests
 * of the services may pass `conf` stores instead (./confStoreFactory.ts), which write
 * synchronously, so a test reads the file right after `flush()`. Every store lives at an
 * absolute `cwd` inside the data folder.
 */
export interface JsonStore {
  /** Absolute path of the JSON file. */
  readonly path: string;
  /** Parses the file (throws SyntaxError when it is not JSON). */
  read(): Record<string, unknown>;
  /**
   * Rewrites the whole file atomically (write to temp, fsync, rename). The writer's stores
   * (../storage/writerStore.ts) do it asynchronously and report failures themselves;
   * `conf` stores (tests) write before returning and throw on failure.
   */
  write(doc: Record<string, unknown>): void;
  /** As `write`, resolving once the document is on disk and rejecting if it could not be saved. */
  save?(doc: Record<string, unknown>): Promise<void>;
  /** Resolves once nothing is pending for the file; rejects while its latest write is failing. */
  settle?(): Promise<void>;
}

export type StoreFactory = (cwd: string, name: string) => JsonStore;

/** Never `clearInvalidConfig`: conf would write the cleared store back over the user's data. */
export const STORE_OPTIONS = {
  clearInvalidConfig: false,
  // Owner-only (see ./privateFiles.ts); conf sets it on every write, so an older 0644 file is fixed too.
  configFileMode: PRIVATE_FILE_MODE,
  watch: false,
  accessPropertiesByDotNotation: false,
} as const;

interface ConfLike {
  store: Record<string, unknown>;
}

/**
 * A JsonStore over a `conf` made on the first write (tests and benchmarks). Reading parses
 * the file directly: constructing `conf` reads and parses the file and deep-compares it
 * with itself plus defaults, and `.store` then reads and parses it again — about 3× the
 * work of one parse, for every engagement at start-up (most never written in a session).
 * Writes still go through conf (atomic write, fsync).
 */
export function wrapConf(cwd: string, name: string, create: () => ConfLike): JsonStore {
  const file = path.join(cwd, `${name}.json`);
  let conf: ConfLike | null = null;
  return {
    path: file,
    read: () => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
        throw error;
      }
      return parseObject(Buffer.from(text, 'utf8'));
    },
    write: (doc) => {
      conf ??= create();
      conf.store = doc;
    },
  };
}
