import type { FileStamp } from './fileSystem';

/** A caller waiting for a file's bytes (or newer ones) to be on disk. */
export interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Pending instead of bytes: the file is to be removed. */
export const REMOVE = Symbol('remove');

/** What the writer holds for one file. */
export interface FileState {
  /** The bytes on disk, as last written or read: a write of the same bytes is skipped. */
  onDisk: Buffer | null;
  /** The newest bytes not yet on disk (only the newest is ever written), or a removal. */
  pending: Buffer | typeof REMOVE | null;
  /** Callers waiting for `pending` (or something newer) to be on disk. */
  waiters: Waiter[];
  running: Promise<void> | null;
  retry: ReturnType<typeof setTimeout> | null;
  failures: number;
  lastError: unknown;
  /** The size and time of the file as last read or written here, to notice another writer cheaply. */
  seen: FileStamp | null;
  /** When `seen` was taken (monotonic ms): a stamp younger than a clock tick can match another writer's. */
  seenAt: number;
  /** Set once another writer changed the file: where this app's bytes go instead. */
  conflictCopy: string | null;
}

export function newFileState(): FileState {
  return {
    onDisk: null,
    pending: null,
    waiters: [],
    running: null,
    retry: null,
    failures: 0,
    lastError: null,
    seen: null,
    seenAt: 0,
    conflictCopy: null,
  };
}

/** `engagements/e1.json` → `engagements/e1.conflict-20260302-090000.json` (never loaded as a record). */
export function conflictPathFor(file: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return file.replace(/\.json$/, '') + `.conflict-${stamp}.json`;
}
