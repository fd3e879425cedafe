interface Entry {
  write: () => void;
  firstAt: number;
  /** Set for a write that failed: when to try it again. */
  retryAt?: number;
}

/** 1 s, 2 s, 4 s … at most 30 s between attempts at a failing write. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Coalesces writes: each save rewrites and fsyncs the whole file, so a burst of
 * changes to one file becomes one write after `delayMs` of quiet (or at most
 * `maxDelayMs` after the first change). `flush()` runs everything pending at once (quit,
 * snapshot). With the app's stores a write hands the bytes to the FileWriter
 * (../storage/fileWriter.ts), which reports and retries failures itself; a write that
 * throws here (a `conf` store in tests) is reported and kept, and tried again with
 * backoff until it succeeds or a newer write for the same key replaces it.
 */
export class WriteQueue {
  readonly #pending = new Map<string, Entry>();
  readonly #failures = new Map<string, number>();
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly delayMs: number,
    private readonly onError: (key: string, error: unknown, attempt: number) => void,
    private readonly maxDelayMs = delayMs * 4,
  ) {}

  schedule(key: string, write: () => void): void {
    const existing = this.#pending.get(key);
    this.#pending.set(key, { write, firstAt: existing?.firstAt ?? Date.now() });
    this.#arm();
  }

  cancel(key: string): void {
    this.#pending.delete(key);
  }

  has(key: string): boolean {
    return this.#pending.has(key);
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Runs one key's pending write now, if any. */
  flushKey(key: string): void {
    const entry = this.#pending.get(key);
    if (!entry) return;
    this.#pending.delete(key);
    this.#run(key, entry.write);
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const entries = [...this.#pending.entries()];
    this.#pending.clear();
    for (const [key, entry] of entries) this.#run(key, entry.write);
  }

  /** Keys whose last write failed, with how many times in a row. */
  get failing(): ReadonlyMap<string, number> {
    return this.#failures;
  }

  #run(key: string, write: () => void): void {
    try {
      write();
      this.#failures.delete(key);
    } catch (error) {
      const attempt = (this.#failures.get(key) ?? 0) + 1;
      this.#failures.set(key, attempt);
      this.onError(key, error, attempt);
      // Keep the data: unless a newer version was scheduled meanwhile, try again later.
      if (!this.#pending.has(key)) {
        const now = Date.now();
        this.#pending.set(key, { write, firstAt: now, retryAt: now + retryDelayMs(attempt) });
        this.#arm();
      }
    }
  }

  #arm(): void {
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#pending.size === 0) {
      this.#timer = null;
      return;
    }
    const now = Date.now();
    const due = [...this.#pending.values()].map(
      (e) => e.retryAt ?? Math.min(now + this.delayMs, e.firstAt + this.maxDelayMs),
    );
    const wait = Math.max(0, Math.min(...due) - now);
    this.#timer = setTimeout(() => this.flush(), wait);
    // Never keep a process alive just for a pending write; quit flushes explicitly.
    this.#timer.unref();
  }
}
