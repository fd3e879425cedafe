import fs from 'node:fs';
import path from 'node:path';
import { isTempFileName } from '../storage/tempFiles';

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Watches engagements/ for changes made by something else (a sync tool, git, an editor,
 * a second copy of the app): one debounced call per engagement folder that changed. Our own
 * writes cause events too; the repository tells them apart by reading the folder back
 * (what it finds is what it holds). `persistent: false`: the watch never keeps the process
 * alive. Where recursive watching is not available, or the folder cannot be watched, it
 * does nothing and says so once: external changes then show at the next start.
 */
export class EngagementWatcher {
  readonly #dir: string;
  readonly #debounceMs: number;
  readonly #onChange: (engagementId: string) => void;
  readonly #log: (message: string, error: unknown) => void;
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #watcher: fs.FSWatcher | null = null;

  constructor(
    engagementsDir: string,
    options: {
      debounceMs: number;
      onChange: (engagementId: string) => void;
      log: (message: string, error: unknown) => void;
    },
  ) {
    this.#dir = engagementsDir;
    this.#debounceMs = options.debounceMs;
    this.#onChange = options.onChange;
    this.#log = options.log;
  }

  start(): void {
    if (this.#watcher) return;
    try {
      this.#watcher = fs.watch(this.#dir, { recursive: true, persistent: false }, (_event, name) => {
        if (typeof name === 'string') this.#seen(name);
      });
      this.#watcher.on('error', (error) => {
        this.#log('Watching the engagements folder stopped', error);
        this.stop();
      });
    } catch (error) {
      this.#log('The engagements folder cannot be watched; external changes show at the next start', error);
    }
  }

  stop(): void {
    this.#watcher?.close();
    this.#watcher = null;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  /** `name` is relative to engagements/: `<id>/retros/<file>`, `<id>`, `<id>.json`… */
  #seen(name: string): void {
    const [first, ...rest] = name.split(path.sep);
    if (first === undefined || !ID_RE.test(first)) return;
    const last = rest.at(-1);
    // A write in flight (its rename is what counts) or a conflict copy (never loaded) changes no record.
    if (last !== undefined && (isTempFileName(last) || last.includes('.conflict-'))) return;
    const pending = this.#timers.get(first);
    if (pending) clearTimeout(pending);
    const timer = setTimeout(() => {
      this.#timers.delete(first);
      this.#onChange(first);
    }, this.#debounceMs);
    timer.unref();
    this.#timers.set(first, timer);
  }
}
