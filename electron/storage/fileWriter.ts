import { retryDelayMs as defaultRetryDelayMs } from '../services/writeQueue';
import { removeDurably, writeAtomically } from './atomicWrite';
import { nodeStorageFs, type StorageFs } from './fileSystem';
import { conflictPathFor, newFileState, REMOVE, type FileState, type Waiter } from './writerFileState';

export interface FileWriterOptions {
  fs?: StorageFs;
  platform?: NodeJS.Platform;
  /** An attempt failed; `attempt` counts this file's failures in a row. The bytes are kept and retried. */
  onError: (file: string, error: unknown, attempt: number) => void;
  /** A file whose writes were failing is saved again. */
  onRecovered?: (file: string) => void;
  /**
   * Something else changed or deleted `file` since it was read or written here: it is not
   * written over. The bytes go to `copy` beside it instead, now and on every later write.
   */
  onConflict?: (file: string, copy: string, how: 'changed' | 'deleted') => void;
  /**
   * A `remove` was not done: something else changed the file since it was read or written
   * here, or this writer never saw it. It is left as it is (their change wins).
   */
  onKept?: (file: string, why: 'changed' | 'unseen') => void;
  /** For the conflict copy's name (the services' clock). */
  now?: () => Date;
  /** Wait before trying a failed file again (timers, never a loop): 1 s, 2 s, 4 s … 30 s by default. */
  retryDelayMs?: (attempt: number) => number;
}

/**
 * The one writer of data files. Async: nothing here blocks the main process. Each file
 * has at most one write in flight; a write asked for meanwhile waits, and only the newest
 * bytes are written (they replace older ones not yet started). Bytes equal to what is on
 * disk are not written. A failed write is reported, kept, and tried again on a timer with
 * backoff until it succeeds or newer bytes replace it; `drain` (at quit) tries each once
 * more, waits a bounded time and names the files still not saved.
 */
/** Coarser than any file system's mtime (FAT: 2 s): a stamp older than this cannot be shared with a later write. */
const RACY_STAMP_MS = 2000;

export class FileWriter {
  readonly #files = new Map<string, FileState>();
  readonly #fs: StorageFs;
  readonly #platform: NodeJS.Platform;
  readonly #options: FileWriterOptions;

  constructor(options: FileWriterOptions) {
    this.#options = options;
    this.#fs = options.fs ?? nodeStorageFs;
    this.#platform = options.platform ?? process.platform;
  }

  /**
   * Saves `bytes` as the whole of `file`. Resolves once these bytes (or newer ones) are on
   * disk; rejects with the error if the next attempt fails — the bytes are still kept and
   * retried. Callers that only want it saved may ignore the promise: it never goes unhandled.
   */
  write(file: string, bytes: Buffer): Promise<void> {
    const state = this.#state(file);
    if (state.running === null && state.onDisk?.equals(bytes)) {
      // Back to what is on disk (an undo, a rollback): nothing to write, nothing to retry.
      this.#cancelRetry(state);
      state.pending = null;
      this.#succeeded(file, state, state.waiters.splice(0));
      return Promise.resolve();
    }
    state.pending = bytes;
    const saved = new Promise<void>((resolve, reject) => state.waiters.push({ resolve, reject }));
    saved.catch(() => undefined);
    this.#pump(file, state);
    return saved;
  }

  /**
   * Removes `file`, in turn with its writes: after any write in flight, and replacing one
   * not yet started. Like a write it never goes over another writer's change: a file
   * changed since it was read or written here, or never seen here, is left (onKept).
   * Resolves once removed or left; a failure is reported and retried like a write.
   */
  remove(file: string): Promise<void> {
    const state = this.#state(file);
    state.pending = REMOVE;
    const removed = new Promise<void>((resolve, reject) => state.waiters.push({ resolve, reject }));
    removed.catch(() => undefined);
    this.#pump(file, state);
    return removed;
  }

  /** Records what was read from `file`, so that writing the same bytes back is skipped. */
  remember(file: string, bytes: Buffer): void {
    const state = this.#state(file);
    if (state.pending === null && state.running === null) state.onDisk = bytes;
  }

  /** Forgets a file that was moved away or deleted (nothing may be pending for it). */
  forget(file: string): void {
    const state = this.#files.get(file);
    if (state && state.pending === null && state.running === null) this.#files.delete(file);
  }

  /**
   * What this writer last knew `file` to hold, so that the folder watch tells its own writes
   * from another program's without reading the folder: 'busy' while a write or removal of it
   * is pending, in flight or waiting to be retried; else the bytes last written or read there
   * (null once removed); undefined when it never wrote, read or removed it.
   */
  lastKnown(file: string): Buffer | null | 'busy' | undefined {
    const state = this.#files.get(file);
    if (!state) return undefined;
    if (state.pending !== null || state.running !== null || state.retry !== null) return 'busy';
    return state.onDisk;
  }

  /** Writes `file`'s pending bytes now (even if waiting to retry); rejects if they cannot be saved. */
  async flushFile(file: string): Promise<void> {
    const state = this.#files.get(file);
    if (!state) return;
    if (state.retry) {
      this.#cancelRetry(state);
      this.#pump(file, state);
    }
    while (state.running) await state.running;
    if (state.pending) {
      throw state.lastError instanceof Error ? state.lastError : new Error(`${file} could not be saved.`);
    }
  }

  /**
   * At quit: tries every failing file once more at once, waits until nothing is in
   * flight or `timeoutMs` has passed, and returns the files whose latest bytes are not on disk.
   */
  async drain(timeoutMs: number): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (const [file, state] of this.#files) {
      if (state.retry) {
        this.#cancelRetry(state);
        this.#pump(file, state);
      }
    }
    for (;;) {
      const running = [...this.#files.values()].flatMap((s) => (s.running ? [s.running] : []));
      const left = deadline - Date.now();
      if (running.length === 0 || left <= 0) break;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        Promise.all(running),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, left);
        }),
      ]);
      clearTimeout(timer);
    }
    return this.unsaved();
  }

  /** Files whose latest bytes are not on disk yet (in flight, waiting, or failing). */
  unsaved(): string[] {
    return [...this.#files].filter(([, s]) => s.pending !== null || s.running !== null).map(([file]) => file);
  }

  /** Files whose last attempt failed, with how many attempts in a row. */
  get failing(): ReadonlyMap<string, number> {
    return new Map([...this.#files].filter(([, s]) => s.failures > 0).map(([file, s]) => [file, s.failures]));
  }

  #state(file: string): FileState {
    let state = this.#files.get(file);
    if (!state) {
      state = newFileState();
      this.#files.set(file, state);
    }
    return state;
  }

  #cancelRetry(state: FileState): void {
    if (state.retry) clearTimeout(state.retry);
    state.retry = null;
  }

  #pump(file: string, state: FileState): void {
    if (state.running || state.retry || !state.pending) return;
    state.running = this.#attempt(file, state).finally(() => {
      state.running = null;
      this.#pump(file, state);
    });
  }

  async #attempt(file: string, state: FileState): Promise<void> {
    const bytes = state.pending;
    const waiters = state.waiters.splice(0);
    state.pending = null;
    if (bytes === null) return;
    if (bytes === REMOVE) {
      await this.#attemptRemove(file, state, waiters);
      return;
    }
    if (state.onDisk?.equals(bytes)) {
      this.#succeeded(file, state, waiters);
      return;
    }
    try {
      const target = state.conflictCopy ?? (await this.#targetFor(file, state));
      await writeAtomically(this.#fs, target, bytes, this.#platform);
      if (target !== file) {
        // Kept beside the other writer's file, which stays as they left it.
        this.#succeeded(file, state, waiters);
        return;
      }
      state.seen = await this.#fs.statIfExists(file);
      state.seenAt = performance.now();
    } catch (error) {
      this.#failed(file, state, bytes, waiters, error);
      return;
    }
    state.onDisk = bytes;
    this.#succeeded(file, state, waiters);
  }

  async #attemptRemove(file: string, state: FileState, waiters: Waiter[]): Promise<void> {
    try {
      // After a conflict the file is the other writer's: there is nothing of this app's to remove.
      const verdict = state.conflictCopy === null ? await this.#verdict(file, state) : 'deleted';
      if (verdict === 'changed' || verdict === 'unseen') {
        this.#options.onKept?.(file, verdict);
      } else {
        if (verdict === 'ours') await removeDurably(this.#fs, file, this.#platform);
        state.onDisk = null;
        state.seen = null;
      }
    } catch (error) {
      this.#failed(file, state, REMOVE, waiters, error);
      return;
    }
    this.#succeeded(file, state, waiters);
  }

  #failed(file: string, state: FileState, what: Buffer | typeof REMOVE, waiters: Waiter[], error: unknown): void {
    state.failures += 1;
    state.lastError = error;
    // Keep the data unless something newer arrived meanwhile; that is what is retried.
    state.pending ??= what;
    for (const waiter of waiters) waiter.reject(error);
    this.#options.onError(file, error, state.failures);
    const timer = setTimeout(
      () => {
        state.retry = null;
        this.#pump(file, state);
      },
      (this.#options.retryDelayMs ?? defaultRetryDelayMs)(state.failures),
    );
    // A retry never keeps a process alive by itself; quit drains explicitly.
    timer.unref();
    state.retry = timer;
  }

  /**
   * Whether `file` is still as it was last read or written here (checked by size and time,
   * then by content), or was changed or deleted by something else since; `unseen` when
   * this writer never read or wrote it but it is there.
   */
  async #verdict(file: string, state: FileState): Promise<'ours' | 'changed' | 'deleted' | 'unseen'> {
    const stamp = await this.#fs.statIfExists(file);
    if (state.onDisk === null) return stamp ? 'unseen' : 'deleted';
    // Size and time say "ours" only once the write is older than the file system's clock tick:
    // another writer's edit of the same length within that tick has the same stamp (racy-git).
    const settled = performance.now() - state.seenAt > RACY_STAMP_MS;
    if (settled && stamp && state.seen && stamp.size === state.seen.size && stamp.mtimeMs === state.seen.mtimeMs) {
      return 'ours';
    }
    const current = stamp ? await this.#fs.readIfExists(file) : null;
    if (current === null) return 'deleted';
    return current.equals(state.onDisk) ? 'ours' : 'changed';
  }

  /**
   * `file` itself, unless something else changed or deleted it since it was last read or
   * written here (checked by size and time, then by content): then a conflict copy beside it.
   */
  async #targetFor(file: string, state: FileState): Promise<string> {
    if (state.onDisk === null) return file;
    const verdict = await this.#verdict(file, state);
    if (verdict === 'ours') return file;
    const copy = conflictPathFor(file, (this.#options.now ?? (() => new Date()))());
    state.conflictCopy = copy;
    this.#options.onConflict?.(file, copy, verdict === 'deleted' ? 'deleted' : 'changed');
    return copy;
  }

  #succeeded(file: string, state: FileState, waiters: Waiter[]): void {
    const recovered = state.failures > 0;
    state.failures = 0;
    state.lastError = null;
    for (const waiter of waiters) waiter.resolve();
    if (recovered) this.#options.onRecovered?.(file);
  }
}
