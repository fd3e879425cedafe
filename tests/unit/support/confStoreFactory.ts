import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { PRIVATE_FILE_MODE } from '../../../electron/services/privateFiles';
import type { JsonStore, StoreFactory } from '../../../electron/services/storeFiles';
import { parseObject } from '../../../electron/storage/writerStore';

/** Never `clearInvalidConfig`: conf would write the cleared store back over the user's data. */
export const STORE_OPTIONS = {
  clearInvalidConfig: false,
  // Owner-only (electron/services/privateFiles.ts); conf sets it on every write, so an older 0644 file is fixed too.
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

/** Synchronous `conf` stores, for tests and benchmarks that read a file right after `flush()`; the app uses the writer. */
export const confStoreFactory: StoreFactory = (cwd, name) =>
  wrapConf(cwd, name, () => new Conf<Record<string, unknown>>({ ...STORE_OPTIONS, cwd, configName: name }));
