import fsp from 'node:fs/promises';

/** The part of an open file the writer uses: node:fs/promises' FileHandle has this shape. */
export interface WritableFile {
  /** May write fewer bytes than asked (a nearly full disk): the caller continues from there. */
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system calls the writer makes, injected so that tests can answer with short
 * writes, ENOSPC, EROFS or EACCES. Production passes `nodeStorageFs` (node:fs/promises):
 * every call is async, so nothing on the save path blocks the main process.
 */
export interface StorageFs {
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** The file's size and modification time, or null when there is no file. */
  statIfExists(path: string): Promise<FileStamp | null>;
  /** The file's bytes, or null when there is no file. */
  readIfExists(path: string): Promise<Buffer | null>;
}

/** Enough to tell cheaply that a file was not touched since it was last seen. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

function missingAsNull<T>(promise: Promise<T>): Promise<T | null> {
  return promise.catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
}

export const nodeStorageFs: StorageFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  statIfExists: (path) => missingAsNull(fsp.stat(path).then(({ size, mtimeMs }) => ({ size, mtimeMs }))),
  readIfExists: (path) => missingAsNull(fsp.readFile(path)),
};
