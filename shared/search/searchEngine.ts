import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { SearchDoc, SearchKind } from './searchDoc';
import { collapseSpaces, parseQuery } from './searchQuery';
import { fold, isCjkTerm, tokenize } from './searchText';
import type { SearchHitPayload } from './searchSchemas';
import { matchRanges, snippetOf, type Snippet } from './snippet';

/**
 * Bump when the terms or the stored shape change: a saved index file of another format
 * (electron/services/search/searchCache.ts) is thrown away and rebuilt from the records.
 */
export const SEARCH_INDEX_FORMAT = 1;

export interface SearchFilters {
  engagementIds?: readonly string[];
  kinds?: readonly SearchKind[];
  /** Inclusive, YYYY-MM-DD. A record without a date is left out when a range is set. */
  from?: string;
  to?: string;
  /** Part of a person's name, any case and accents. */
  person?: string;
}

export type SearchHit = Omit<SearchHitPayload, 'snippet'> & { snippet: Snippet };

export interface SearchRecordGroup {
  recordKey: string;
  kind: SearchKind;
  recordId: string;
  title: string;
  date: string | null;
  hits: SearchHit[];
}

export interface SearchEngagementGroup {
  engagementId: string;
  engagementName: string;
  records: SearchRecordGroup[];
}

export interface SearchResults {
  groups: SearchEngagementGroup[];
  /** Hits found, before `limit` cut the list. */
  total: number;
}

/** The most candidates a phrase is checked against: a phrase of common words stays fast. */
const MAX_CANDIDATES = 5000;

function options() {
  return {
    fields: ['title', 'text', 'peopleText'],
    idField: 'id',
    // MiniSearch reads the id through this too.
    extractField: (doc: SearchDoc, field: string): string => {
      if (field === 'peopleText') return doc.people.join(' ');
      if (field === 'title' || field === 'text' || field === 'id') return doc[field];
      return '';
    },
    tokenize,
    // tokenize already folds: the terms are final.
    processTerm: (term: string) => term,
    autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 500, batchWait: 10 },
  };
}

/** Typos allowed: none in short words (too many false friends), one or two in longer ones. */
function fuzzinessOf(term: string): number | false {
  if (isCjkTerm(term) || term.length < 4) return false;
  return term.length < 6 ? 1 : 2;
}

/**
 * The full-text index over every record's text: MiniSearch underneath (prefix, typos, BM25
 * ranking), with folding, CJK pairs, phrases and record-level replacement on top. Pure: the
 * main process feeds it records from the services' read paths and keeps it off the typing path.
 */
export class SearchEngine {
  readonly #mini = new MiniSearch<SearchDoc>(options());
  readonly #docs = new Map<string, SearchDoc>();
  readonly #byRecord = new Map<string, string[]>();

  get size(): number {
    return this.#docs.size;
  }

  /** Replaces everything indexed for a record with `docs` (none: the record is gone). */
  setRecord(recordKey: string, docs: readonly SearchDoc[]): void {
    this.removeRecord(recordKey);
    if (docs.length === 0) return;
    for (const doc of docs) this.#docs.set(doc.id, doc);
    this.#byRecord.set(
      recordKey,
      docs.map((doc) => doc.id),
    );
    this.#mini.addAll(docs);
  }

  removeRecord(recordKey: string): void {
    const ids = this.#byRecord.get(recordKey);
    if (!ids) return;
    for (const id of ids) {
      this.#mini.discard(id);
      this.#docs.delete(id);
    }
    this.#byRecord.delete(recordKey);
  }

  /** Every record of an engagement: it was deleted, or is being re-read whole. */
  removeEngagement(engagementId: string): void {
    for (const key of [...this.#byRecord.keys()]) {
      if (key.startsWith(`${engagementId}/`)) this.removeRecord(key);
    }
  }

  /** What is indexed for an engagement, record by record. */
  docsOf(engagementId: string): SearchDoc[] {
    return [...this.#byRecord]
      .filter(([key]) => key.startsWith(`${engagementId}/`))
      .flatMap(([, ids]) => ids.flatMap((id) => this.#docs.get(id) ?? []));
  }

  recordKeys(): string[] {
    return [...this.#byRecord.keys()];
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResults {
    const { words, phrases } = parseQuery(query);
    const exact = new Set<string>();
    const queries: Query[] = [];
    const cjkWords: string[] = [];
    for (const word of words) {
      const terms = tokenize(word);
      if (terms.some(isCjkTerm)) cjkWords.push(collapseSpaces(fold(word)));
      for (const term of terms) queries.push({ queries: [term], prefix: true, fuzzy: fuzzinessOf(term) });
    }
    for (const phrase of phrases) {
      for (const term of tokenize(phrase)) {
        exact.add(term);
        queries.push({ queries: [term], prefix: false, fuzzy: false });
      }
    }
    if (queries.length === 0) return { groups: [], total: 0 };
    // Pairs of CJK characters and phrases are checked against the text itself: the terms
    // only say the characters or words are there, not that they are next to each other.
    const mustContain = [...phrases, ...cjkWords];
    const results = this.#mini.search({ combineWith: 'AND', queries }, { filter: (r) => this.#passes(r, filters) });
    const hits: SearchHit[] = [];
    let total = 0;
    for (const result of results.slice(0, MAX_CANDIDATES)) {
      const doc = this.#docs.get(String(result.id));
      if (!doc || !this.#contains(doc, mustContain)) continue;
      total += 1;
      if (hits.length < limit) hits.push(this.#hitOf(doc, result, mustContain));
    }
    return { groups: groupHits(hits), total };
  }

  #passes(result: SearchResult, filters: SearchFilters): boolean {
    const doc = this.#docs.get(String(result.id));
    if (!doc) return false;
    if (filters.engagementIds && !filters.engagementIds.includes(doc.engagementId)) return false;
    if (filters.kinds && !filters.kinds.includes(doc.kind)) return false;
    if (filters.from !== undefined || filters.to !== undefined) {
      if (doc.date === null) return false;
      if (filters.from !== undefined && doc.date < filters.from) return false;
      if (filters.to !== undefined && doc.date > filters.to) return false;
    }
    if (filters.person !== undefined && filters.person.trim() !== '') {
      const wanted = fold(filters.person.trim());
      if (!doc.people.some((name) => fold(name).includes(wanted))) return false;
    }
    return true;
  }

  #contains(doc: SearchDoc, needles: readonly string[]): boolean {
    if (needles.length === 0) return true;
    const haystack = collapseSpaces(fold(`${doc.title}\n${doc.text}\n${doc.people.join('\n')}`));
    return needles.every((needle) => haystack.includes(needle));
  }

  #hitOf(doc: SearchDoc, result: SearchResult, phrases: readonly string[]): SearchHit {
    const terms = new Set(result.terms);
    const inText = matchRanges(doc.text, terms, phrases);
    const snippet =
      inText.length > 0 || doc.text !== ''
        ? snippetOf(doc.text, inText)
        : snippetOf(doc.title, matchRanges(doc.title, terms, phrases));
    return {
      docId: doc.id,
      engagementId: doc.engagementId,
      engagementName: doc.engagementName,
      kind: doc.kind,
      recordId: doc.recordId,
      section: doc.section,
      title: doc.title,
      date: doc.date,
      score: result.score,
      snippet,
    };
  }
}

/** Hits grouped by engagement, then by record, each group where its best hit ranked. */
function groupHits(hits: readonly SearchHit[]): SearchEngagementGroup[] {
  const engagements = new Map<string, SearchEngagementGroup>();
  const records = new Map<string, SearchRecordGroup>();
  for (const hit of hits) {
    let engagement = engagements.get(hit.engagementId);
    if (!engagement) {
      engagement = { engagementId: hit.engagementId, engagementName: hit.engagementName, records: [] };
      engagements.set(hit.engagementId, engagement);
    }
    const recordKey = `${hit.engagementId}/${hit.kind}/${hit.recordId}`;
    let record = records.get(recordKey);
    if (!record) {
      record = { recordKey, kind: hit.kind, recordId: hit.recordId, title: hit.title, date: hit.date, hits: [] };
      records.set(recordKey, record);
      engagement.records.push(record);
    }
    record.hits.push(hit);
  }
  return [...engagements.values()];
}
