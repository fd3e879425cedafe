import fs from 'node:fs';
import path from 'node:path';
import { type Engagement, type EngagementInput, type EngagementSummary } from '../../shared/model/engagement';
import { newEngagementFile, type EngagementFile } from '../../shared/model/files';
import { canonicalJson } from '../storage/canonicalJson';
import type { FileWriter } from '../storage/fileWriter';
import { RecordFolder } from '../storage/recordFolder';
import type { UpgradeOptions } from '../storage/upgradeToFolder';
import { layout, type Layout } from './dataFolder';
import type { StoreDocumentDeps } from './documents';
import {
  findEngagements,
  findEngagementsIn,
  misplacedProblem,
  openEngagementFile,
  openEngagementFolder,
  upgradeEngagementFile,
  type FolderDeps,
  type OpenedEngagement,
} from './engagementFolders';
import { EngagementIndex } from './engagementIndex';
import { moveToTrash, restoreFromTrash } from './engagementTrash';
import { moveEngagementFolder } from './moveFolder';
import { makePrivateDir } from './privateFiles';
import { AppError } from './errors';
import type { WriteQueue } from './writeQueue';

export interface RepositoryDeps extends StoreDocumentDeps {
  queue: WriteQueue;
  /** The one writer: every record file of every engagement is saved through it. */
  writer: FileWriter;
  newId: () => string;
  log?: (message: string, error: unknown) => void;
  /** The upgrade's drill hook (tests). */
  upgrade?: UpgradeOptions;
}

/** An engagement held in memory, and the folder of engagements it lives in (this laptop's, or a team workspace's). */
type Entry = OpenedEngagement & { root: string };

/**
 * Engagements: a folder each (engagements/<id>/, a file per record, see
 * shared/model/records/recordPaths.ts), so saving a note writes that retro's file alone
 * and two people editing different records never touch one file; plus an index
 * (engagements-index.json) of summaries for the list. The folders are the truth; the
 * index is reconciled with them at start-up. An engagement still in its old one-file form
 * (engagements/<id>.json) is upgraded to its folder when it is opened.
 */
export class EngagementRepository {
  readonly #deps: RepositoryDeps;
  readonly #paths: Layout;
  readonly #engagements = new Map<string, Entry>();
  readonly #index: EngagementIndex;
  readonly #listeners = new Set<(engagementId: string) => void>();
  /** The folders of shared engagements (team workspaces' engagements/), beside this laptop's. */
  readonly #sharedRoots = new Set<string>();
  /** Where each deleted engagement lived, so Undo puts it back there (after a restart: this laptop's). */
  readonly #trashedFrom = new Map<string, string>();

  constructor(deps: RepositoryDeps) {
    this.#deps = deps;
    this.#paths = layout(deps.dataDir);
    this.#index = new EngagementIndex(deps, this.#paths.indexName);
  }

  #folderDeps(report = this.#deps.report, root = this.#paths.engagementsDir): FolderDeps {
    const { dataDir, writer, factory, now, newId, upgrade } = this.#deps;
    // A shared folder is the team's: a bad record in it is copied to quarantine, never moved out of it.
    const extra = {
      ...(this.#sharedRoots.has(root) ? { shared: true as const } : {}),
      ...(upgrade ? { upgrade } : {}),
    };
    return { dataDir, engagementsDir: root, writer, factory, now, newId, report, ...extra };
  }

  load(): void {
    const found = findEngagementsIn(this.#folderDeps(), this.#deps.log);
    const root = this.#paths.engagementsDir;
    for (const id of found.folders) this.#add(id, openEngagementFolder(this.#folderDeps(), id), root);
    for (const id of found.files) this.#add(id, openEngagementFile(this.#folderDeps(), id), root);
    this.#index.reconcile(new Map([...this.#engagements].map(([id, entry]) => [id, entry.doc.engagement])));
  }

  #add(id: string, opened: OpenedEngagement | null, root: string): boolean {
    if (!opened) return false;
    const problem = misplacedProblem(this.#deps, id, opened, root, this.#engagements.get(id)?.root ?? null);
    if (problem) {
      this.#deps.report(problem);
      return false;
    }
    this.#engagements.set(id, { ...opened, root });
    return true;
  }

  list(): EngagementSummary[] {
    return this.#index.list();
  }

  get(id: string): Engagement {
    return structuredClone(this.#require(id));
  }

  /** True when a record of the engagement comes from a newer version of Aux Desk: it cannot be changed here. */
  isReadOnly(id: string): boolean {
    return this.#entry(id).readOnly;
  }

  /**
   * Adds a folder of shared engagements (a team workspace's engagements/) and opens what it
   * holds beside this laptop's. Returns the ids opened from it.
   */
  addSharedRoot(root: string): string[] {
    this.#sharedRoots.add(root);
    makePrivateDir(root);
    const found = findEngagements(this.#deps.dataDir, root, this.#deps.report);
    const opened = found.folders.filter((id) =>
      this.#add(id, openEngagementFolder(this.#folderDeps(this.#deps.report, root), id), root),
    );
    for (const id of opened) {
      this.#index.put(this.#require(id), 'last');
      this.#changed(id);
    }
    return opened;
  }

  /** The ids of the engagements that live in `root`. */
  idsIn(root: string): string[] {
    return [...this.#engagements].filter(([, entry]) => entry.root === root).map(([id]) => id);
  }

  /** The folder of engagements the engagement lives in. */
  rootOf(id: string): string {
    return this.#entry(id).root;
  }

  /** This laptop's folder of engagements. */
  get personalRoot(): string {
    return this.#paths.engagementsDir;
  }

  /**
   * Moves an engagement's folder into another folder of engagements (into a team workspace,
   * or back to this laptop's) once its latest changes are on disk. Refused, and nothing
   * moved, while they cannot be saved or when the other folder already holds it.
   */
  async moveTo(id: string, root: string): Promise<void> {
    const entry = this.#entry(id);
    if (entry.root === root) return;
    if (root !== this.#paths.engagementsDir && !this.#sharedRoots.has(root)) {
      throw new AppError('not-found', 'That team workspace is not open.');
    }
    await this.settle(id);
    if (entry.folder === null) {
      throw new AppError(
        'storage',
        'The engagement is still in its old one-file form: it moves once it has been saved.',
      );
    }
    entry.folder.forgetAll();
    const opened = moveEngagementFolder(path.join(entry.root, id), path.join(root, id), () =>
      openEngagementFolder(this.#folderDeps(this.#deps.report, root), id),
    );
    if (!opened) {
      this.reloadFromDisk(id, entry.root);
      throw new AppError('storage', 'The engagement could not be opened in its new place, so it was moved back.');
    }
    this.#engagements.set(id, { ...opened, root });
    this.#changed(id);
  }

  create(input: EngagementInput): Engagement {
    const id = this.#deps.newId();
    const stamp = this.#deps.now().toISOString();
    const engagement: Engagement = { ...input, id, createdAt: stamp, updatedAt: stamp };
    const folder = new RecordFolder(path.join(this.#paths.engagementsDir, id), this.#deps.writer);
    const root = this.#paths.engagementsDir;
    this.#engagements.set(id, { doc: newEngagementFile(engagement), folder, upgradeFrom: null, readOnly: false, root });
    this.#index.put(engagement);
    this.#scheduleEngagement(id);
    return structuredClone(engagement);
  }

  update(id: string, input: EngagementInput): Engagement {
    const next = this.mutateDoc(id, (doc) => ({
      ...doc,
      engagement: { ...input, id, createdAt: doc.engagement.createdAt, updatedAt: this.#deps.now().toISOString() },
    }));
    this.#index.put(next.engagement);
    return structuredClone(next.engagement);
  }

  /**
   * Moves the engagement's folder to trash/ so that `restore` can undo the delete, even
   * after a restart. Its latest changes are saved first (a write landing after the move
   * would bring a file back); while they cannot be saved the delete is refused, so the
   * trash never holds an older version than the user last saw.
   */
  async delete(id: string): Promise<void> {
    const entry = this.#entry(id);
    const key = this.#key(id);
    this.#deps.queue.flushKey(key);
    try {
      if (this.#deps.queue.has(key)) throw new Error('the disk refused the last change');
      await entry.folder?.settle();
    } catch (error) {
      throw new AppError(
        'storage',
        `The engagement was not deleted: its latest changes could not be saved (${error instanceof Error ? error.message : String(error)}). Try again once the disk has room.`,
      );
    }
    if (this.#engagements.get(id) !== entry) return;
    moveToTrash(
      { ...this.#paths, engagementsDir: entry.root },
      id,
      entry.folder === null ? 'file' : 'folder',
      this.#deps.now(),
    );
    this.#trashedFrom.set(id, entry.root);
    entry.folder?.forgetAll();
    this.#deps.writer.forget(path.join(entry.root, `${id}.json`));
    this.#engagements.delete(id);
    this.#index.remove(id);
    this.#changed(id);
  }

  /** Resolves once the engagement's latest changes are on disk (none pending: at once); rejects while they cannot be saved. */
  async settle(id: string): Promise<void> {
    const entry = this.#engagements.get(id);
    if (!entry) return;
    this.#deps.queue.flushKey(this.#key(id));
    if (this.#deps.queue.has(this.#key(id))) throw new AppError('storage', 'The latest changes could not be saved.');
    await entry.folder?.settle();
  }

  restore(id: string): Engagement {
    if (this.#engagements.has(id)) return this.get(id);
    const problems: string[] = [];
    const from = this.#trashedFrom.get(id);
    const root =
      from !== undefined && (this.#sharedRoots.has(from) || from === this.#paths.engagementsDir)
        ? from
        : this.#paths.engagementsDir;
    const deps = this.#folderDeps((problem) => {
      problems.push(problem.message);
      this.#deps.report(problem);
    }, root);
    const opened = restoreFromTrash({ ...this.#paths, engagementsDir: root }, id, (how) =>
      how === 'folder' ? openEngagementFolder(deps, id) : openEngagementFile(deps, id),
    );
    if (opened === 'missing') {
      throw new AppError('not-found', 'That engagement can no longer be restored: it is not in the trash.');
    }
    if (opened === null) {
      throw new AppError('storage', problems.join(' ') || 'The engagement in the trash could not be opened.');
    }
    this.#trashedFrom.delete(id);
    this.#engagements.set(id, { ...opened, root });
    this.#index.put(opened.doc.engagement);
    this.#changed(id);
    return this.get(id);
  }

  /**
   * Something else changed engagements/<id>/ (the folder watch): the engagement is read
   * again and, when it differs from what is held, replaces it. While this app has changes
   * of it not yet on disk it waits ('busy'): the watch fires again after that write, and the
   * writer never writes over a change it did not read. A folder removed outside the app is
   * gone here too (a deleted engagement stays deleted); one that appeared is added.
   */
  reloadFromDisk(
    id: string,
    root = this.#paths.engagementsDir,
  ): { how: 'unchanged' | 'reloaded' | 'added' | 'removed' | 'busy'; name: string } {
    const entry = this.#engagements.get(id);
    const name = entry?.doc.engagement.name ?? '';
    // An event from another folder than the engagement's (a copy being moved in or out) changes nothing here.
    if (entry && entry.root !== root) return { how: 'unchanged', name };
    if (entry && (this.#deps.queue.has(this.#key(id)) || entry.folder === null || entry.folder.hasUnsaved())) {
      return { how: 'busy', name };
    }
    const dir = path.join(root, id);
    if (!fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      if (!entry) return { how: 'unchanged', name };
      entry.folder?.forgetAll();
      this.#engagements.delete(id);
      this.#index.remove(id);
      this.#changed(id);
      return { how: 'removed', name };
    }
    const opened = openEngagementFolder(this.#folderDeps(this.#deps.report, root), id);
    if (!opened || opened.doc.engagement.id !== id) return { how: 'unchanged', name };
    // A file deleted meanwhile (by git's checkout) must not stay remembered: written again, it is no one else's.
    if (entry?.folder && opened.folder) entry.folder.forgetGone(opened.folder);
    if (entry && entry.readOnly === opened.readOnly && canonicalJson(entry.doc) === canonicalJson(opened.doc)) {
      return { how: 'unchanged', name };
    }
    this.#engagements.set(id, { ...opened, root });
    this.#index.put(opened.doc.engagement);
    this.#changed(id);
    return { how: entry ? 'reloaded' : 'added', name: opened.doc.engagement.name };
  }

  /** The whole engagement (engagement and every feature's data), as a copy. */
  getDoc(id: string): EngagementFile {
    return structuredClone(this.#entry(id).doc);
  }

  /**
   * The engagement as held in memory, without a copy: for reading only. Documents are
   * never changed in place (mutateDoc replaces them), so what this returns stays as it
   * was, but it must not be edited. Copying a 5-year engagement (~1 MB of JSON) took
   * milliseconds on every keystroke-driven save; reading parts of it costs nothing.
   */
  readDoc(id: string): Readonly<EngagementFile> {
    return this.#entry(id).doc;
  }

  /**
   * Changes an engagement through `change` (which returns the new document) and schedules
   * one coalesced save of it, which writes the record files that changed. Features
   * (planner, retros…) keep their data in the engagement through this. `change` gets the
   * current document and must build a new one from it (spreads), never edit it: untouched
   * records keep their objects, and that is how a save knows they need no write. The
   * returned document is the new one in memory: read it, do not edit it.
   */
  mutateDoc(id: string, change: (doc: Readonly<EngagementFile>) => EngagementFile): EngagementFile {
    const entry = this.#entry(id);
    if (entry.readOnly) {
      throw new AppError(
        'forbidden',
        `“${entry.doc.engagement.name}” holds records written by a newer version of Aux Desk, so it is read-only here. Update Aux Desk to edit it.`,
      );
    }
    const next = change(entry.doc);
    if (next.engagement.id !== id) throw new Error('An engagement file cannot change its engagement id.');
    entry.doc = next;
    this.#scheduleEngagement(id);
    return next;
  }

  /**
   * Calls `listener` with an engagement's id after anything in it changed, it was created,
   * deleted or restored (search re-indexes it). Returns the function that stops listening.
   */
  onChange(listener: (engagementId: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(id: string): void {
    for (const listener of this.#listeners) listener(id);
  }

  #entry(id: string): Entry {
    const entry = this.#engagements.get(id);
    if (!entry) throw new AppError('not-found', 'That engagement no longer exists. It may have been deleted.');
    return entry;
  }

  #require(id: string): Engagement {
    return this.#entry(id).doc.engagement;
  }

  #key(id: string): string {
    return `engagement:${id}`;
  }

  #scheduleEngagement(id: string): void {
    this.#changed(id);
    this.#deps.queue.schedule(this.#key(id), () => this.#save(id));
  }

  /**
   * Hands the changed records to the writer. What throws here (a folder that cannot be
   * made, an upgrade the disk refused) is reported and retried by the queue; a file that
   * fails is reported and retried by the writer, so its rejection is not reported twice.
   */
  #save(id: string): void {
    const entry = this.#engagements.get(id);
    if (!entry || entry.readOnly) return;
    if (entry.folder === null) {
      if (entry.upgradeFrom === null) return;
      const upgraded = upgradeEngagementFile(this.#folderDeps(), id, entry.doc, entry.upgradeFrom);
      if (!upgraded?.folder) throw new Error('its new folder was written but could not be opened');
      entry.folder = upgraded.folder;
      entry.upgradeFrom = null;
      // What was written is this document: later saves compare against its objects.
      entry.folder.adopt(entry.doc);
      return;
    }
    entry.folder.save(entry.doc).catch(() => undefined);
  }
}
