import { nodeStorageFs, type StorageFs, type WritableFile } from '../../../../electron/storage/fileSystem';

export type FsOp = 'open' | 'write' | 'sync' | 'close' | 'rename' | 'unlink' | 'open-dir' | 'sync-dir';

/** The real file system under the writer, with what a sick disk does switched on by the test. */
export interface FaultyFs extends StorageFs {
  /** Every call, in order, with the path it was about. */
  readonly calls: { op: FsOp; path: string }[];
  /** At most this many bytes per write() call (a nearly full disk); null: all of them. */
  shortWrites: number | null;
  /** Make `op` fail with an errno code (ENOSPC, EROFS, EACCES…); null: work. */
  fail: { op: FsOp; code: string } | null;
  /** Never answer `op` (a hung network share). */
  hang: FsOp | null;
}

function errno(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${op} '${path}'`), { code });
}

export function faultyFs(): FaultyFs {
  const self: FaultyFs = {
    calls: [],
    shortWrites: null,
    fail: null,
    hang: null,
    open: async (path, flags, mode) => {
      const dir = flags === 'r';
      await step(dir ? 'open-dir' : 'open', path);
      const real = await nodeStorageFs.open(path, flags, mode);
      const file: WritableFile = {
        write: async (buffer, offset, length, position) => {
          await step('write', path);
          const capped = self.shortWrites === null ? length : Math.min(length, self.shortWrites);
          return real.write(buffer, offset, capped, position);
        },
        sync: async () => {
          await step(dir ? 'sync-dir' : 'sync', path);
          await real.sync();
        },
        close: async () => {
          self.calls.push({ op: 'close', path });
          await real.close();
        },
      };
      return file;
    },
    rename: async (from, to) => {
      await step('rename', to);
      await nodeStorageFs.rename(from, to);
    },
    unlink: async (path) => {
      await step('unlink', path);
      await nodeStorageFs.unlink(path);
    },
    statIfExists: (path) => nodeStorageFs.statIfExists(path),
    readIfExists: (path) => nodeStorageFs.readIfExists(path),
  };
  const step = (op: FsOp, path: string): Promise<void> => {
    self.calls.push({ op, path });
    if (self.hang === op) return new Promise<void>(() => undefined);
    if (self.fail?.op === op) return Promise.reject(errno(self.fail.code, op, path));
    return Promise.resolve();
  };
  return self;
}
