import { summarize, type Engagement, type EngagementSummary } from '../../shared/model/engagement';
import { INDEX_FILE_VERSION, IndexFileSchema, type IndexFile } from '../../shared/model/files';
import { migrateSimpleFile } from '../../shared/model/migrations';
import { StoreDocument, type StoreDocumentDeps } from './documents';
import type { WriteQueue } from './writeQueue';

/**
 * The engagements' summaries in the user's order (engagements-index.json): what the list
 * shows without opening every folder. Reconciled with the folders at start-up; every
 * change is saved coalesced.
 */
export class EngagementIndex {
  readonly #file: StoreDocument<IndexFile>;
  #summaries: EngagementSummary[] = [];

  constructor(deps: StoreDocumentDeps & { queue: WriteQueue }, name: string) {
    this.#file = new StoreDocument(deps, {
      name,
      schema: IndexFileSchema,
      migrate: (d) => migrateSimpleFile(d, INDEX_FILE_VERSION),
      fallback: { schemaVersion: INDEX_FILE_VERSION, engagements: [] },
      coalesce: { queue: deps.queue, key: 'index' },
    });
  }

  /**
   * Reads the file and rebuilds the list from what was opened: known engagements in the
   * user's order, newcomers (restored by hand, a workspace's) after them; saved when it differs.
   */
  reconcile(opened: ReadonlyMap<string, Engagement>): void {
    const read = this.#file.open();
    const known = this.#file.doc.engagements.map((e) => e.id).filter((id) => opened.has(id));
    const extra = [...opened.keys()].filter((id) => !known.includes(id)).sort();
    this.#summaries = [...known, ...extra].flatMap((id) => {
      const engagement = opened.get(id);
      return engagement ? [summarize(engagement)] : [];
    });
    if (!read || JSON.stringify(this.#file.doc.engagements) !== JSON.stringify(this.#summaries)) this.#save();
  }

  list(): EngagementSummary[] {
    return this.#summaries.map((summary) => ({ ...summary }));
  }

  /** Puts the engagement's summary in place of its old one, or at the top (new) or the end (found). */
  put(engagement: Engagement, where: 'first' | 'last' = 'first'): void {
    const summary = summarize(engagement);
    if (this.#summaries.some((s) => s.id === engagement.id)) {
      this.#summaries = this.#summaries.map((s) => (s.id === engagement.id ? summary : s));
    } else if (where === 'first') this.#summaries = [summary, ...this.#summaries];
    else this.#summaries = [...this.#summaries, summary];
    this.#save();
  }

  remove(id: string): void {
    this.#summaries = this.#summaries.filter((s) => s.id !== id);
    this.#save();
  }

  #save(): void {
    this.#file.write({ schemaVersion: INDEX_FILE_VERSION, engagements: this.#summaries });
  }
}
