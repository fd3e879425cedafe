import fs from 'node:fs';
import path from 'node:path';
import {
  summarize,
  type Engagement,
  type EngagementInput,
  type EngagementSummary,
} from '../../shared/model/engagement';
import {
  EngagementFileSchema,
  newEngagementFile,
  type EngagementFile,
  INDEX_FILE_VERSION,
  IndexFileSchema,
  type IndexFile,
} from '../../shared/model/files';
import { migrateEngagementFile, migrateSimpleFile } from '../../shared/model/migrations';
import { layout, type Layout } from './dataFolder';
import { openDocument, StoreDocument, type StoreDocumentDeps } from './documents';
import { makePrivateDir } from './privateFiles';
import { AppError } from './errors';
import type { HandlersFor } from './router';
import type { JsonStore } from './storeFiles';
import type { WriteQueue } from './writeQueue';

export interface RepositoryDeps extends StoreDocumentDeps {
  queue: WriteQueue;
  newId: () => string;
}

const ENGAGEMENT_FILE_RE = /^([A-Za-z0-9_-]{1,64})\.json$/;

/**
 * Engagements: one store file each (engagements/<id>.json) so saving one never rewrites
 * another, plus an index (engagements-index.json) of summaries for the list. The files
 * are the truth; the index is reconciled with them at start-up.
 */
export class EngagementRepository {
  readonly #deps: RepositoryDeps;
  readonly #paths: Layout;
  readonly #engagements = new Map<string, { store: JsonStore; doc: EngagementFile }>();
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

  load(): void {
    const { dataDir, factory, now, newId, report } = this.#deps;
    const indexRead = this.#indexFile.open();
    const order = this.#indexFile.doc.engagements.map((e) => e.id);

    const ids = this.#engagementFileIds();
    for (const id of ids) {
      const opened = openDocument({
        dataDir,
        factory,
        dir: this.#paths.engagementsDir,
        name: id,
        schema: EngagementFileSchema,
        migrate: (d) => migrateEngagementFile(d, newId),
        now,
      });
      if (opened.kind === 'ok') {
        if (opened.problem) report(opened.problem);
        if (opened.doc.engagement.id !== id) {
          report({
            kind: 'quarantined',
            file: `engagements/${id}.json`,
            movedTo: null,
            message: `engagements/${id}.json holds engagement ${opened.doc.engagement.id}; it was skipped and left in place.`,
          });
          continue;
        }
        this.#engagements.set(id, { store: opened.store, doc: opened.doc });
      } else if (opened.kind === 'unreadable') {
        report(opened.problem);
      }
    }

    // Keep the user's order for known engagements; newcomers (e.g. restored by hand) last.
    const known = order.filter((id) => this.#engagements.has(id));
    const extra = [...this.#engagements.keys()].filter((id) => !known.includes(id)).sort();
    this.#index = [...known, ...extra].map((id) => summarize(this.#require(id)));
    const stale = !indexRead || JSON.stringify(this.#indexFile.doc.engagements) !== JSON.stringify(this.#index);
    if (stale) this.#scheduleIndex();
  }

  /** The ids of engagements/<id>.json; none, and a start-up problem, when the folder cannot be read. */
  #engagementFileIds(): string[] {
    try {
      makePrivateDir(this.#paths.engagementsDir);
      return fs
        .readdirSync(this.#paths.engagementsDir)
        .map((file) => ENGAGEMENT_FILE_RE.exec(file)?.[1])
        .filter((id): id is string => id !== undefined);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'engagements is not a folder' : String(error);
      this.#deps.report({
        kind: 'quarantined',
        file: 'engagements/',
        movedTo: null,
        message: `The engagements could not be read: ${why}. Nothing was changed; move it aside in the data folder and restart.`,
      });
      return [];
    }
  }

  list(): EngagementSummary[] {
    return this.#index.map((summary) => ({ ...summary }));
  }

  get(id: string): Engagement {
    return structuredClone(this.#require(id));
  }

  create(input: EngagementInput): Engagement {
    const id = this.#deps.newId();
    const stamp = this.#deps.now().toISOString();
    const engagement: Engagement = { ...input, id, createdAt: stamp, updatedAt: stamp };
    makePrivateDir(this.#paths.engagementsDir);
    const store = this.#deps.factory(this.#paths.engagementsDir, id);
    this.#engagements.set(id, { store, doc: newEngagementFile(engagement) });
    this.#index.unshift(summarize(engagement));
    this.#scheduleEngagement(id);
    this.#scheduleIndex();
    return structuredClone(engagement);
  }

  update(id: string, input: EngagementInput): Engagement {
    const entry = this.#engagements.get(id);
    if (!entry) throw new AppError('not-found', 'That engagement no longer exists. It may have been deleted.');
    entry.doc = {
      ...entry.doc,
      engagement: {
        ...input,
        id,
        createdAt: entry.doc.engagement.createdAt,
        updatedAt: this.#deps.now().toISOString(),
      },
    };
    this.#index = this.#index.map((s) => (s.id === id ? summarize(entry.doc.engagement) : s));
    this.#scheduleEngagement(id);
    this.#scheduleIndex();
    return structuredClone(entry.doc.engagement);
  }

  /**
   * Moves the engagement's file to trash/ so that `restore` can undo the delete, even after
   * a restart. Its latest changes are saved first (an async write landing after the move
   * would bring the file back); while they cannot be saved the delete is refused, so the
   * trash never holds an older version than the user last saw.
   */
  async delete(id: string): Promise<void> {
    const entry = this.#engagements.get(id);
    if (!entry) throw new AppError('not-found', 'That engagement no longer exists.');
    const key = this.#key(id);
    this.#deps.queue.flushKey(key);
    try {
      await entry.store.settle?.();
    } catch (error) {
      throw new AppError(
        'storage',
        `The engagement was not deleted: its latest changes could not be saved (${error instanceof Error ? error.message : String(error)}). Try again once the disk has room.`,
      );
    }
    if (this.#engagements.get(id) !== entry) return;
    const from = path.join(this.#paths.engagementsDir, `${id}.json`);
    makePrivateDir(this.#paths.trashDir);
    const trashed = path.join(this.#paths.trashDir, `${id}.json`);
    fs.renameSync(from, trashed);
    // The file's time becomes the time it was deleted: the trash is emptied 30 days later (snapshots.ts).
    const deletedAt = this.#deps.now();
    fs.utimesSync(trashed, deletedAt, deletedAt);
    this.#engagements.delete(id);
    this.#index = this.#index.filter((s) => s.id !== id);
    this.#scheduleIndex();
    this.#changed(id);
  }

  restore(id: string): Engagement {
    if (this.#engagements.has(id)) return this.get(id);
    const trashed = path.join(this.#paths.trashDir, `${id}.json`);
    if (!fs.existsSync(trashed)) {
      throw new AppError('not-found', 'That engagement can no longer be restored: it is not in the trash.');
    }
    makePrivateDir(this.#paths.engagementsDir);
    fs.renameSync(trashed, path.join(this.#paths.engagementsDir, `${id}.json`));
    const opened = openDocument({
      dataDir: this.#deps.dataDir,
      factory: this.#deps.factory,
      dir: this.#paths.engagementsDir,
      name: id,
      schema: EngagementFileSchema,
      migrate: (d) => migrateEngagementFile(d, this.#deps.newId),
      now: this.#deps.now,
    });
    if (opened.kind !== 'ok') {
      throw new AppError(
        'storage',
        opened.kind === 'unreadable' ? opened.problem.message : 'The restored file is missing.',
      );
    }
    this.#engagements.set(id, { store: opened.store, doc: opened.doc });
    this.#index.unshift(summarize(opened.doc.engagement));
    this.#scheduleIndex();
    this.#changed(id);
    return this.get(id);
  }

  /** The whole engagement file (engagement and every feature's data), as a copy. */
  getDoc(id: string): EngagementFile {
    return structuredClone(this.#entry(id).doc);
  }

  /**
   * The engagement file as held in memory, without a copy: for reading only. Documents
   * are never changed in place (mutateDoc replaces them), so what this returns stays
   * as it was, but it must not be edited. Copying a 5-year engagement (~1 MB of JSON)
   * took milliseconds on every keystroke-driven save; reading parts of it costs nothing.
   */
  readDoc(id: string): Readonly<EngagementFile> {
    return this.#entry(id).doc;
  }

  /**
   * Changes an engagement's file through `change` (which returns the new document) and
   * schedules one coalesced write of that file alone. Features (planner, retros…) keep
   * their data in the engagement's file through this. `change` gets the current document
   * and must build a new one from it (spreads), never edit it: it is not copied first.
   * The returned document is the new one in memory: read it, do not edit it.
   */
  mutateDoc(id: string, change: (doc: Readonly<EngagementFile>) => EngagementFile): EngagementFile {
    const entry = this.#entry(id);
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

  #entry(id: string): { store: JsonStore; doc: EngagementFile } {
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
    this.#deps.queue.schedule(this.#key(id), () => {
      const entry = this.#engagements.get(id);
      if (!entry) return;
      entry.store.write(entry.doc);
    });
  }

  #scheduleIndex(): void {
    this.#indexFile.write({ schemaVersion: INDEX_FILE_VERSION, engagements: this.#index });
  }
}

/** The engagements:* channels. */
export function engagementHandlers(engagements: EngagementRepository): HandlersFor<'engagements'> {
  return {
    'engagements:list': () => engagements.list(),
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
