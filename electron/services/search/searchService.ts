import { engagementDocs, type EngagementRecords } from '../../../shared/search/recordDocs';
import type { SearchDoc } from '../../../shared/search/searchDoc';
import { SearchEngine, type SearchFilters, type SearchResults } from '../../../shared/search/searchEngine';
import type { SearchCache } from './searchCache';

/** Where search reads records: the services' own read paths, not files. */
export interface SearchSource {
  engagementIds(): string[];
  /** The engagement's records, or null when it no longer exists. */
  read(engagementId: string): EngagementRecords | null;
}

export interface SearchProgress {
  /** Engagements indexed (or checked against their saved index) so far. */
  done: number;
  total: number;
}

export interface SearchAnswer extends SearchResults {
  /** Set while the index is still being built: the results may miss what is not indexed yet. */
  indexing: SearchProgress | null;
}

export interface SearchServiceOptions {
  source: SearchSource;
  cache: SearchCache;
  /** Told about the background build: each step, then null when it is done. */
  onProgress?: (progress: SearchProgress | null) => void;
  /** The index changed after the build (a save was indexed): a search on screen should ask again. */
  onUpdated?: () => void;
  log?: (message: string, error: unknown) => void;
  /** Quiet time after a change before its engagement is indexed again. */
  debounceMs?: number;
  /**
   * Quiet time before a re-indexed engagement's saved file is rewritten: the file only
   * spares a rebuild at the next start, so it need not follow every keystroke burst.
   */
  saveDelayMs?: number;
  /** Lets other work run between steps of the build (setImmediate in production). */
  yieldNow?: () => Promise<void>;
}

/** FNV-1a over the record's documents: a cheap way to tell a record did not change. */
function fingerprint(docs: readonly SearchDoc[]): number {
  const text = JSON.stringify(docs);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function byRecord(docs: readonly SearchDoc[]): Map<string, SearchDoc[]> {
  const records = new Map<string, SearchDoc[]>();
  for (const doc of docs) {
    const list = records.get(doc.recordKey) ?? [];
    list.push(doc);
    records.set(doc.recordKey, list);
  }
  return records;
}

/**
 * The full-text index of every engagement, in the main process, off the start-up path:
 * `start()` fills it in the background, first from the saved per-engagement files (search
 * works at once), then checks each engagement against its records and re-indexes what
 * changed while the app was closed. After that, `changed(id)` re-indexes one engagement a
 * moment after a save, replacing only the records whose text changed.
 */
export class SearchService {
  readonly #engine = new SearchEngine();
  /** Per record key, the fingerprint of what is indexed for it. */
  readonly #indexed = new Map<string, number>();
  readonly #pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Engagements whose saved file is older than the index, with the timer that writes it. */
  readonly #unsaved = new Map<string, ReturnType<typeof setTimeout>>();
  #progress: SearchProgress | null = null;
  #started: Promise<void> | null = null;
  #chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: SearchServiceOptions) {}

  /** Starts the background build once; resolves when it is done. */
  start(): Promise<void> {
    this.#started ??= this.#build();
    return this.#started;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchAnswer {
    return { ...this.#engine.search(query, filters, limit), indexing: this.#progress };
  }

  /** An engagement's records changed (a save, a delete, an external edit): index it again soon. */
  changed(engagementId: string): void {
    // Before start() nothing is indexed yet, and the build reads every engagement anyway.
    if (this.#started === null) return;
    const timer = this.#pending.get(engagementId);
    if (timer) clearTimeout(timer);
    const next = setTimeout(() => {
      this.#pending.delete(engagementId);
      void this.#enqueue(() => this.#reindex(engagementId));
    }, this.options.debounceMs ?? 500);
    next.unref();
    this.#pending.set(engagementId, next);
  }

  /** Runs every pending re-index now, writes the saved files they left behind, and waits (quit, and tests). */
  async flush(): Promise<void> {
    for (const id of [...this.#pending.keys()]) {
      clearTimeout(this.#pending.get(id));
      this.#pending.delete(id);
      void this.#enqueue(() => this.#reindex(id));
    }
    await this.#chain;
    for (const id of [...this.#unsaved.keys()]) void this.#enqueue(() => this.#save(id));
    await this.#chain;
  }

  /** One thing at a time: the build and the re-indexes never interleave on one engagement. */
  #enqueue(work: () => Promise<void>): Promise<void> {
    this.#chain = this.#chain.then(work).catch((error: unknown) => this.options.log?.('Search could not index', error));
    return this.#chain;
  }

  async #build(): Promise<void> {
    const yieldNow = this.options.yieldNow ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
    const ids = this.options.source.engagementIds();
    const total = ids.length;
    this.#report({ done: 0, total });
    // Saved files first, so search answers from the whole history while the check runs.
    for (const id of ids) {
      const docs = await this.options.cache.load(id);
      if (docs) for (const [key, record] of byRecord(docs)) this.#put(key, record);
      await yieldNow();
    }
    let done = 0;
    for (const id of ids) {
      // Indexed against what the saved file held: a file is rewritten only where a record changed.
      await this.#enqueue(() => this.#reindex(id, true));
      done += 1;
      this.#report({ done, total });
      await yieldNow();
    }
    await this.#forgetGone(new Set(ids));
    this.#report(null);
  }

  async #forgetGone(known: ReadonlySet<string>): Promise<void> {
    for (const id of await this.options.cache.engagementIds().catch(() => [])) {
      if (!known.has(id) && this.options.source.read(id) === null) await this.options.cache.remove(id);
    }
  }

  async #reindex(engagementId: string, saveNow = false): Promise<void> {
    const records = this.options.source.read(engagementId);
    if (records === null) {
      this.#engine.removeEngagement(engagementId);
      for (const key of [...this.#indexed.keys()]) if (key.startsWith(`${engagementId}/`)) this.#indexed.delete(key);
      if (this.#progress === null) this.options.onUpdated?.();
      clearTimeout(this.#unsaved.get(engagementId));
      this.#unsaved.delete(engagementId);
      await this.options.cache.remove(engagementId);
      return;
    }
    const fresh = engagementDocs(records);
    let changed = false;
    for (const [key, docs] of fresh) changed = this.#put(key, docs) || changed;
    for (const key of [...this.#indexed.keys()]) {
      if (key.startsWith(`${engagementId}/`) && !fresh.has(key)) {
        this.#engine.removeRecord(key);
        this.#indexed.delete(key);
        changed = true;
      }
    }
    if (!changed) return;
    if (this.#progress === null) this.options.onUpdated?.();
    if (saveNow) await this.#save(engagementId);
    else this.#scheduleSave(engagementId);
  }

  #scheduleSave(engagementId: string): void {
    clearTimeout(this.#unsaved.get(engagementId));
    const timer = setTimeout(
      () => void this.#enqueue(() => this.#save(engagementId)),
      this.options.saveDelayMs ?? 10_000,
    );
    timer.unref();
    this.#unsaved.set(engagementId, timer);
  }

  /** Writes what the index holds for an engagement to its saved file. */
  async #save(engagementId: string): Promise<void> {
    clearTimeout(this.#unsaved.get(engagementId));
    this.#unsaved.delete(engagementId);
    const docs = this.#engine.docsOf(engagementId);
    if (docs.length > 0) await this.options.cache.save(engagementId, docs);
  }

  /** Indexes a record unless the same text is indexed already; says whether it changed. */
  #put(recordKey: string, docs: SearchDoc[]): boolean {
    const print = fingerprint(docs);
    if (this.#indexed.get(recordKey) === print) return false;
    this.#engine.setRecord(recordKey, docs);
    this.#indexed.set(recordKey, print);
    return true;
  }

  #report(progress: SearchProgress | null): void {
    this.#progress = progress;
    this.options.onProgress?.(progress);
  }
}
