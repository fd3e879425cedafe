/**
 * Coalesces writes: electron-store rewrites and fsyncs the whole file on every set, so
 * a burst of changes to one file becomes one write after `delayMs` of quiet (or at most
 * `maxDelayMs` after the first change). `flush()` runs everything pending at once; it is
 * called on quit, so nothing accepted before a clean quit is lost.
 */
export class WriteQueue {
  readonly #pending = new Map<string, { write: () => void; firstAt: number }>();
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly delayMs: number,
    private readonly onError: (key: string, error: unknown) => void,
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

  #run(key: string, write: () => void): void {
    try {
      write();
    } catch (error) {
      this.onError(key, error);
    }
  }

  #arm(): void {
    if (this.#timer) clearTimeout(this.#timer);
    const oldest = Math.min(...[...this.#pending.values()].map((e) => e.firstAt));
    const wait = Math.max(0, Math.min(this.delayMs, oldest + this.maxDelayMs - Date.now()));
    this.#timer = setTimeout(() => this.flush(), wait);
    // Never keep a process alive just for a pending write; quit flushes explicitly.
    this.#timer.unref();
  }
}
