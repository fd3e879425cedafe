import fs from 'node:fs';
import path from 'node:path';
import {
  summarize,
  type Engagement,
  type EngagementInput,
  type EngagementSummary,
} from '../../shared/model/engagement';
import {
  newEngagementFile,
  type EngagementFile,
  INDEX_FILE_VERSION,
  IndexFileSchema,
  type IndexFile,
} from '../../shared/model/files';
import { migrateSimpleFile } from '../../shared/model/migrations';
import { canonicalJson } from '../storage/canonicalJson';
import type { FileWriter } from '../storage/fileWriter';
import { RecordFolder } from '../storage/recordFolder';
import { recoverUpgrades, type UpgradeOptions } from '../storage/upgradeToFolder';
import { layout, type Layout } from './dataFolder';
import { StoreDocument, type StoreDocumentDeps } from './documents';
import {
  findEngagements,
  openEngagementFile,
  openEngagementFolder,
  upgradeEngagementFile,
  type FolderDeps,
  type OpenedEngagement,
} from './engagementFolders';
import { listedEngagements } from './engagementList';
import { moveToTrash, restoreFromTrash } from './engagementTrash';
import { makePrivateDir } from './privateFiles';
import { AppError } from './errors';
import type { HandlersFor } from './router';
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

type Entry = OpenedEngagement;

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
  #index: EngagementSummary[] = [];
  readonly #indexFile: StoreDocument<IndexFile>;
  readonly #listeners = new Set<(engagementId: string) => void>();

  constructor(deps: RepositoryDeps) {
    this.#deps = deps;
    this.#paths = layout(deps.dataDir);
    this.#indexFile = new StoreDocument(deps, {
      name: this.#paths.indexName,
      schema: IndexFileSchema,
      migrate: (d) => migrateSimpleFile(d, INDEX_FILE_VERSION),
      fallback: { schemaVersion: INDEX_FILE_VERSION, engagements: [] },
      coalesce: { queue: deps.queue, key: 'index' },
    });
  }

  #folderDeps(report = this.#deps.report): FolderDeps {
    const { dataDir, writer, factory, now, newId, upgrade } = this.#deps;
    const engagementsDir = this.#paths.engagementsDir;
    return { dataDir, engagementsDir, writer, factory, now, newId, report, ...(upgrade ? { upgrade } : {}) };
  }

  load(): void {
    const indexRead = this.#indexFile.open();
    const order = this.#indexFile.doc.engagements.map((e) => e.id);
    const found = this.#found();
    for (const id of found.folders) this.#add(id, openEngagementFolder(this.#folderDeps(), id));
    for (const id of found.files) this.#add(id, openEngagementFile(this.#folderDeps(), id));

    // Keep the user's order for known engagements; newcomers (e.g. restored by hand) last.
    const known = order.filter((id) => this.#engagements.has(id));
    const extra = [...this.#engagements.keys()].filter((id) => !known.includes(id)).sort();
    this.#index = [...known, ...extra].map((id) => summarize(this.#require(id)));
    const stale = !indexRead || JSON.stringify(this.#indexFile.doc.engagements) !== JSON.stringify(this.#index);
    if (stale) this.#scheduleIndex();
  }

  #add(id: string, opened: OpenedEngagement | null): void {
    if (!opened) return;
    if (opened.doc.engagement.id !== id) {
      this.#deps.report({
        kind: 'quarantined',
        file: `engagements/${id}/`,
        movedTo: null,
        message: `engagements/${id}/ holds engagement ${opened.doc.engagement.id}; it was skipped and left in place.`,
      });
      return;
    }
    this.#engagements.set(id, opened);
  }

  /** What engagements/ holds, after finishing upgrades a kill cut short; nothing (and a problem) when it cannot be read. */
  #found(): { folders: string[]; files: string[] } {
    try {
      makePrivateDir(this.#paths.engagementsDir);
      for (const done of recoverUpgrades(this.#paths.engagementsDir))
        this.#deps.log?.(`Upgrade recovery: ${done}`, null);
      return findEngagements(this.#deps.dataDir, this.#paths.engagementsDir, this.#deps.report);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'engagements is not a folder' : String(error);
      this.#deps.report({
        kind: 'quarantined',
        file: 'engagements/',
        movedTo: null,
        message: `The engagements could not be read: ${why}. Nothing was changed; move it aside in the data folder and restart.`,
      });
      return { folders: [], files: [] };
    }
  }

  list(): EngagementSummary[] {
    return this.#index.map((summary) => ({ ...summary }));
  }

  get(id: string): Engagement {
    return structuredClone(this.#require(id));
  }

  /** True when a record of the engagement comes from a newer version of Aux Desk: it cannot be changed here. */
  isReadOnly(id: string): boolean {
    return this.#entry(id).readOnly;
  }

  create(input: EngagementInput): Engagement {
    const id = this.#deps.newId();
    const stamp = this.#deps.now().toISOString();
    const engagement: Engagement = { ...input, id, createdAt: stamp, updatedAt: stamp };
    const folder = new RecordFolder(path.join(this.#paths.engagementsDir, id), this.#deps.writer);
    this.#engagements.set(id, { doc: newEngagementFile(engagement), folder, upgradeFrom: null, readOnly: false });
    this.#index.unshift(summarize(engagement));
    this.#scheduleEngagement(id);
    this.#scheduleIndex();
    return structuredClone(engagement);
  }

  update(id: string, input: EngagementInput): Engagement {
    const next = this.mutateDoc(id, (doc) => ({
      ...doc,
      engagement: { ...input, id, createdAt: doc.engagement.createdAt, updatedAt: this.#deps.now().toISOString() },
    }));
    this.#index = this.#index.map((s) => (s.id === id ? summarize(next.engagement) : s));
    this.#scheduleIndex();
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
    moveToTrash(this.#paths, id, entry.folder === null ? 'file' : 'folder', this.#deps.now());
    entry.folder?.forgetAll();
    this.#deps.writer.forget(path.join(this.#paths.engagementsDir, `${id}.json`));
    this.#engagements.delete(id);
    this.#index = this.#index.filter((s) => s.id !== id);
    this.#scheduleIndex();
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
    const deps = this.#folderDeps((problem) => {
      problems.push(problem.message);
      this.#deps.report(problem);
    });
    const opened = restoreFromTrash(this.#paths, id, (how) =>
      how === 'folder' ? openEngagementFolder(deps, id) : openEngagementFile(deps, id),
    );
    if (opened === 'missing') {
      throw new AppError('not-found', 'That engagement can no longer be restored: it is not in the trash.');
    }
    if (opened === null) {
      throw new AppError('storage', problems.join(' ') || 'The engagement in the trash could not be opened.');
    }
    this.#engagements.set(id, opened);
    this.#index.unshift(summarize(opened.doc.engagement));
    this.#scheduleIndex();
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
  reloadFromDisk(id: string): { how: 'unchanged' | 'reloaded' | 'added' | 'removed' | 'busy'; name: string } {
    const entry = this.#engagements.get(id);
    const name = entry?.doc.engagement.name ?? '';
    if (entry && (this.#deps.queue.has(this.#key(id)) || entry.folder === null || entry.folder.hasUnsaved())) {
      return { how: 'busy', name };
    }
    const dir = path.join(this.#paths.engagementsDir, id);
    if (!fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      if (!entry) return { how: 'unchanged', name };
      entry.folder?.forgetAll();
      this.#engagements.delete(id);
      this.#index = this.#index.filter((s) => s.id !== id);
      this.#scheduleIndex();
      this.#changed(id);
      return { how: 'removed', name };
    }
    const opened = openEngagementFolder(this.#folderDeps(), id);
    if (!opened || opened.doc.engagement.id !== id) return { how: 'unchanged', name };
    if (entry && entry.readOnly === opened.readOnly && canonicalJson(entry.doc) === canonicalJson(opened.doc)) {
      return { how: 'unchanged', name };
    }
    this.#engagements.set(id, opened);
    const summary = summarize(opened.doc.engagement);
    this.#index = entry ? this.#index.map((s) => (s.id === id ? summary : s)) : [summary, ...this.#index];
    this.#scheduleIndex();
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

  #scheduleIndex(): void {
    this.#indexFile.write({ schemaVersion: INDEX_FILE_VERSION, engagements: this.#index });
  }
}

/** The engagements:* channels. */
export function engagementHandlers(engagements: EngagementRepository): HandlersFor<'engagements'> {
  return {
    'engagements:list': () => listedEngagements(engagements),
    'engagements:get': ({ id }) => engagements.get(id),
    'engagements:create': (input) => engagements.create(input),
    'engagements:update': ({ id, input }) => engagements.update(id, input),
    'engagements:delete': async ({ id }) => {
      await engagements.delete(id);
      return { id };
    },
    'engagements:restore': ({ id }) => engagements.restore(id),
  };
}
