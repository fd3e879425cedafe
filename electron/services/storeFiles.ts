/**
 * The seam between the services and their files. The app's stores save through the one
 * writer (../storage/writerStore.ts: async, atomic, canonical JSON, retried). Unit tests
 * of the services may pass `conf` stores instead (tests/unit/support/confStoreFactory.ts), which write
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
