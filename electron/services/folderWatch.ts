import fs from 'node:fs';
import path from 'node:path';

export interface FolderWatchOptions {
  /** Whether the folder at `rel` (relative to the root, `/` between parts; '' is the root) is watched. */
  watches: (rel: string) => boolean;
  /** Something at `rel` changed, appeared or went: a file, or a watched folder as a whole. */
  onPath: (rel: string) => void;
  /** The watch of the root failed: nothing is watched any more. */
  onError: (error: unknown) => void;
  /** A folder inside could not be watched (the system's limit on watches, say): its changes show at the next start. */
  log: (message: string, error: unknown) => void;
}

export interface FolderWatch {
  close(): void;
}

/** Where recursive fs.watch is the system's own (FSEvents, ReadDirectoryChangesW) and reports each path by name. */
const NATIVE_RECURSIVE = new Set<NodeJS.Platform>(['darwin', 'win32']);

/**
 * Watches a tree of folders and reports each path that changed, relative to `root`.
 * Elsewhere than macOS and Windows, Node's recursive fs.watch is built in JavaScript over
 * one watch per file, and a file's watch follows its inode: once the file is replaced by a
 * rename (how every save here is written), its watch follows the deleted old inode, so later
 * edits and deletes of it by anyone are never reported. There, each folder is watched
 * instead (a folder's watch reports its entries by name, whatever replaced them), and only
 * the folders `watches` names. Throws when the root cannot be watched.
 */
export function watchFolders(
  root: string,
  options: FolderWatchOptions,
  platform: NodeJS.Platform = process.platform,
): FolderWatch {
  if (NATIVE_RECURSIVE.has(platform)) {
    const watcher = fs.watch(root, { recursive: true, persistent: false }, (_event, name) => {
      if (typeof name === 'string') options.onPath(name.split(path.sep).join('/'));
    });
    watcher.on('error', options.onError);
    return { close: () => watcher.close() };
  }
  return new PerFolderWatch(root, options).start();
}

const childOf = (rel: string, name: string) => (rel === '' ? name : `${rel}/${name}`);

/** One fs.watch per watched folder, none per file; `persistent: false`, so it never keeps the process alive. */
class PerFolderWatch implements FolderWatch {
  readonly #root: string;
  readonly #options: FolderWatchOptions;
  /** Each watched folder with the inode it had when its watch began: a folder replaced by another is noticed. */
  readonly #folders = new Map<string, { watcher: fs.FSWatcher; ino: number }>();
  #closed = false;

  constructor(root: string, options: FolderWatchOptions) {
    this.#root = root;
    this.#options = options;
  }

  start(): this {
    if (!this.#add('', false)) throw new Error(`${this.#root} is not a folder`);
    return this;
  }

  close(): void {
    this.#closed = true;
    for (const { watcher } of this.#folders.values()) watcher.close();
    this.#folders.clear();
  }

  #abs(rel: string): string {
    return rel === '' ? this.#root : path.join(this.#root, ...rel.split('/'));
  }

  /**
   * Watches the folder at `rel` and the watched folders inside it. `announce`: the folder
   * just appeared, so each file in it is reported (a sync that moved in a whole folder
   * says nothing of its files). Listed after its watch began: nothing made in between is
   * missed (at worst, reported twice).
   */
  #add(rel: string, announce: boolean): boolean {
    const dir = this.#abs(rel);
    const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) return false;
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(dir, { persistent: false }, (_event, name) => this.#changed(rel, name));
    } catch (error) {
      if (rel === '') throw error;
      this.#options.log(`${rel} cannot be watched; changes made in it by other programs show at the next start`, error);
      return false;
    }
    watcher.on('error', (error) => {
      this.#drop(rel);
      if (rel === '') this.#options.onError(error);
      else this.#options.onPath(rel);
    });
    this.#folders.set(rel, { watcher, ino: stat.ino });
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      // Gone again: its parent's watch reports that.
    }
    for (const entry of entries) {
      const child = childOf(rel, entry.name);
      if (entry.isDirectory() && this.#options.watches(child)) this.#add(child, announce);
      else if (announce) this.#options.onPath(child);
    }
    return true;
  }

  #changed(rel: string, name: string | null): void {
    if (this.#closed) return;
    if (name === null) {
      this.#options.onPath(rel);
      return;
    }
    const child = childOf(rel, name);
    if (this.#options.watches(child)) this.#recheck(child);
    else this.#options.onPath(child);
  }

  /** An entry named like a watched folder changed in its parent: it appeared, went, was replaced, or only its time or mode changed. */
  #recheck(rel: string): void {
    const held = this.#folders.get(rel);
    const stat = fs.lstatSync(this.#abs(rel), { throwIfNoEntry: false });
    if (held && stat?.isDirectory() && stat.ino === held.ino) return;
    if (held) {
      this.#drop(rel);
      this.#options.onPath(rel);
    }
    if (stat?.isDirectory()) this.#add(rel, held === undefined);
    // Not a folder where one is read (a file, a link): the reader reports it.
    else if (stat && !held) this.#options.onPath(rel);
  }

  /** Stops watching the folder at `rel` and every folder inside it. */
  #drop(rel: string): void {
    const inside = `${rel}/`;
    for (const [folder, { watcher }] of this.#folders) {
      if (folder !== rel && !(rel === '' || folder.startsWith(inside))) continue;
      watcher.close();
      this.#folders.delete(folder);
    }
  }
}
