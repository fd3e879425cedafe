import path from 'node:path';
import { nodeStorageFs, type StorageFs } from '../../../electron/storage/fileSystem';
import { isTempFileName } from '../../../electron/storage/tempFiles';

/** The real disk under the writer, recording every file it finished writing (the rename into place). */
export interface RecordingDisk {
  fs: StorageFs;
  /** Absolute paths, in the order their writes landed. */
  readonly writes: string[];
  /** The landed writes as paths relative to `dir` with `/` between parts. */
  writesUnder(dir: string): string[];
  clear(): void;
}

export function recordingDisk(inner: StorageFs = nodeStorageFs): RecordingDisk {
  const writes: string[] = [];
  const fs: StorageFs = {
    ...inner,
    rename: async (from, to) => {
      await inner.rename(from, to);
      if (isTempFileName(path.basename(from))) writes.push(to);
    },
  };
  return {
    fs,
    writes,
    writesUnder: (dir) =>
      writes
        .filter((file) => file.startsWith(dir + path.sep))
        .map((file) => path.relative(dir, file).split(path.sep).join('/')),
    clear: () => {
      writes.length = 0;
    },
  };
}
