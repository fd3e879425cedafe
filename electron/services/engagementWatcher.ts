import { RECORD_FOLDERS } from '../../shared/model/records/recordPaths';
import { isTempFileName } from '../storage/tempFiles';
import { watchFolders, type FolderWatch } from './folderWatch';

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const SUBFOLDERS = new Set<string>(Object.values(RECORD_FOLDERS));

/** The folders the app reads records from: engagements/, each engagement's folder, and its record folders. */
function isReadFolder(rel: string): boolean {
  const [id, sub, ...deeper] = rel.split('/');
  if (rel === '') return true;
  if (id === undefined || !ID_RE.test(id) || deeper.length > 0) return false;
  return sub === undefined || SUBFOLDERS.has(sub);
}

/**
 * Looks at what changed in one engagement's folder: `paths` are relative to it (`/` between
 * parts; '' is the folder itself). Resolves with the paths to look at again after another
 * quiet period (this app's own writes of them were not on disk yet).
 */
export type EngagementChange = (engagementId: string, paths: readonly string[]) => Promise<readonly string[]>;

/**
 * Watches engagements/ for changes made by something else (a sync tool, git, an editor,
 * a second copy of the app): each engagement folder that changed is handed, after a quiet
 * period, with every path that changed in it during that period, to `onChange`, one call at
 * a time per engagement (paths that change meanwhile wait for the next). Our own writes
 * cause events too; `onChange` tells them apart. Where the folder cannot be watched, it
 * does nothing and says so once: external changes then show at the next start.
 */
export class EngagementWatcher {
  readonly #dir: string;
  readonly #debounceMs: number;
  readonly #onChange: EngagementChange;
  readonly #log: (message: string, error: unknown) => void;
  readonly #platform: NodeJS.Platform | undefined;
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per engagement, what changed since it was last looked at. */
  readonly #changed = new Map<string, Set<string>>();
  /** Engagements being looked at now. */
  readonly #looking = new Set<string>();
  #watch: FolderWatch | null = null;

  constructor(
    engagementsDir: string,
    options: {
      debounceMs: number;
      onChange: EngagementChange;
      log: (message: string, error: unknown) => void;
      /** Which way of watching (tests); the system's. */
      platform?: NodeJS.Platform;
    },
  ) {
    this.#dir = engagementsDir;
    this.#debounceMs = options.debounceMs;
    this.#onChange = options.onChange;
    this.#log = options.log;
    this.#platform = options.platform;
  }

  start(): void {
    if (this.#watch) return;
    try {
      this.#watch = watchFolders(
        this.#dir,
        {
          watches: isReadFolder,
          onPath: (rel) => this.#seen(rel),
          onError: (error) => {
            this.#log('Watching the engagements folder stopped', error);
            this.stop();
          },
          log: this.#log,
        },
        this.#platform,
      );
    } catch (error) {
      this.#log('The engagements folder cannot be watched; external changes show at the next start', error);
    }
  }

  stop(): void {
    this.#watch?.close();
    this.#watch = null;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#changed.clear();
  }

  /** `rel` is relative to engagements/: `<id>/retros/<file>`, `<id>`, `<id>.json`… */
  #seen(rel: string): void {
    const [id, ...rest] = rel.split('/');
    if (id === undefined || !ID_RE.test(id)) return;
    // A write in flight (its rename is what counts) or a conflict copy (never loaded) changes no record.
    const last = rest.at(-1);
    if (last !== undefined && (isTempFileName(last) || last.includes('.conflict-'))) return;
    this.#note(id, [rest.join('/')]);
  }

  #note(id: string, paths: readonly string[]): void {
    if (!this.#watch || paths.length === 0) return;
    let changed = this.#changed.get(id);
    if (!changed) this.#changed.set(id, (changed = new Set()));
    for (const rel of paths) changed.add(rel);
    const pending = this.#timers.get(id);
    if (pending) clearTimeout(pending);
    const timer = setTimeout(() => {
      this.#timers.delete(id);
      this.#look(id);
    }, this.#debounceMs);
    timer.unref();
    this.#timers.set(id, timer);
  }

  #look(id: string): void {
    // What changes while it is looked at waits for the next look (#note re-arms when it is done).
    if (this.#looking.has(id)) return;
    const paths = [...(this.#changed.get(id) ?? [])];
    this.#changed.delete(id);
    if (paths.length === 0) return;
    this.#looking.add(id);
    this.#onChange(id, paths)
      .catch((error: unknown) => {
        this.#log(`Looking at engagements/${id}/ after a change failed`, error);
        return [];
      })
      .then((again) => {
        this.#looking.delete(id);
        this.#note(id, [...again, ...(this.#changed.get(id) ?? [])]);
      })
      .catch(() => undefined);
  }
}
