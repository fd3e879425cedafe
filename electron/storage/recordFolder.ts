import path from 'node:path';
import type { EngagementFile } from '../../shared/model/files';
import { recordSources } from '../../shared/model/records/splitEngagement';
import { makePrivateDir } from '../services/privateFiles';
import { canonicalBytes } from './canonicalJson';
import type { FileWriter } from './fileWriter';

export interface RecordFolderSave {
  /** Records serialised and handed to the writer (it skips those whose bytes are unchanged). */
  written: string[];
  /** Files of records that are gone, removed (or left, when another writer changed them). */
  removed: string[];
  /** Records that changed but were not written: their file is held (see `adopt`). */
  held: string[];
}

export interface AdoptOptions {
  /** Files on disk that hold an older copy of a record (assembleEngagement's `superseded`): removed by the next save. */
  superseded?: readonly string[];
  /** Files this folder must never write or remove (a record that could not be read, until it is moved aside). */
  held?: readonly string[];
}

const sameParts = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * An engagement's folder of record files (layout 10), written through the one writer.
 * A save writes only the records that changed since the last save: what was last
 * written is remembered per file as the objects it was built from, and documents are
 * rebuilt with spreads, never edited in place, so an untouched record is still the same
 * objects and is neither serialised nor written. Saving a note writes that retro's file.
 * The files of records that are gone are removed after every write of the folder is on
 * disk, so a retro whose date changed is never missing from it; removals go through the
 * writer too, which never removes what another writer changed.
 */
export class RecordFolder {
  readonly dir: string;
  readonly #writer: FileWriter;
  /** Each file as this folder last wrote it or found it: the parts it was built from. */
  readonly #known = new Map<string, readonly unknown[]>();
  readonly #toRemove = new Set<string>();
  readonly #held = new Set<string>();
  /** The last save, settled either way: `settle` waits for it. */
  #saving: Promise<void> = Promise.resolve();

  constructor(dir: string, writer: FileWriter) {
    this.dir = dir;
    this.#writer = writer;
  }

  /** Starts from `doc` as read from this folder: its records are what is on disk. */
  adopt(doc: EngagementFile, options: AdoptOptions = {}): void {
    this.#known.clear();
    for (const [rel, source] of recordSources(doc)) this.#known.set(rel, source.parts);
    for (const rel of options.superseded ?? []) this.#toRemove.add(rel);
    for (const rel of options.held ?? []) this.#held.add(rel);
  }

  /** A held file was moved aside: its path may be written again. */
  release(rel: string): void {
    this.#held.delete(rel);
  }

  /** The file of a record path (`retros/<date>-<id>.json`). */
  fileOf(rel: string): string {
    return path.join(this.dir, ...rel.split('/'));
  }

  /**
   * Writes the records of `next` that changed and removes those that are gone. Resolves
   * once the writes are on disk; rejects with the first failure (the writer keeps the
   * bytes and retries; the removals wait for a save that finds every write on disk).
   */
  save(next: EngagementFile): Promise<RecordFolderSave> {
    const saving = this.#save(next);
    const settled = saving.then(
      () => undefined,
      () => undefined,
    );
    this.#saving = settled;
    return saving;
  }

  /**
   * Resolves once everything this folder was asked to save is on disk (the last save's
   * writes and removals); rejects while a file of it cannot be saved (the writer keeps
   * and retries it). Before the folder is moved away (delete).
   */
  async settle(): Promise<void> {
    await this.#saving;
    const inside = this.dir + path.sep;
    await Promise.all(
      this.#writer
        .unsaved()
        .filter((file) => file.startsWith(inside))
        .map((file) => this.#writer.flushFile(file)),
    );
  }

  /** Whether anything this folder was asked to save is not on disk yet (a write in flight, waiting, failing, or a removal). */
  hasUnsaved(): boolean {
    const inside = this.dir + path.sep;
    return this.#toRemove.size > 0 || this.#writer.unsaved().some((file) => file.startsWith(inside));
  }

  /**
   * The folder was read again from disk as `next`: the writer forgets the files this folder
   * knew and `next` does not hold (something else deleted them), so that writing one of
   * them again later is a write, not taken for someone else's delete.
   */
  forgetGone(next: RecordFolder): void {
    for (const rel of this.#known.keys()) if (!next.#known.has(rel)) this.#writer.forget(this.fileOf(rel));
  }

  /** The folder was moved away (to the trash): the writer forgets its files, so a restore reads them afresh. */
  forgetAll(): void {
    for (const rel of this.#known.keys()) this.#writer.forget(this.fileOf(rel));
    this.#known.clear();
    this.#toRemove.clear();
  }

  async #save(next: EngagementFile): Promise<RecordFolderSave> {
    const outcome: RecordFolderSave = { written: [], removed: [], held: [] };
    const sources = recordSources(next);
    const writes: Promise<void>[] = [];
    for (const [rel, source] of sources) {
      const known = this.#known.get(rel);
      if (known && sameParts(known, source.parts)) continue;
      if (this.#held.has(rel)) {
        outcome.held.push(rel);
        continue;
      }
      this.#known.set(rel, source.parts);
      const file = this.fileOf(rel);
      makePrivateDir(path.dirname(file));
      outcome.written.push(rel);
      writes.push(this.#writer.write(file, canonicalBytes(source.build())));
    }
    for (const rel of [...this.#known.keys()]) {
      if (sources.has(rel)) continue;
      this.#known.delete(rel);
      this.#toRemove.add(rel);
    }
    await Promise.all(writes);
    outcome.removed = await this.#removeGone();
    return outcome;
  }

  /** Removes the files of records that are gone, once nothing of this folder is left unsaved. */
  async #removeGone(): Promise<string[]> {
    const inside = this.dir + path.sep;
    if (this.#writer.unsaved().some((file) => file.startsWith(inside))) return [];
    const removing: string[] = [];
    for (const rel of this.#toRemove) {
      this.#toRemove.delete(rel);
      // Written again by a later save meanwhile (a retro's date changed back), or not ours to touch.
      if (this.#known.has(rel) || this.#held.has(rel)) continue;
      removing.push(rel);
    }
    await Promise.all(removing.map((rel) => this.#writer.remove(this.fileOf(rel))));
    return removing;
  }
}
