import type { StateCreator } from 'zustand';
import { invoke, messageOf } from '../api';
import type { AppState } from './index';

/** Plain weeks (no engagement) share one planner key; an engagement's data is under its id. */
export const PLAIN_KEY = 'plain';

/**
 * The data screens load per engagement, one channel per kind. One small cache in the store
 * rather than TanStack Query: the keys are engagement ids, every write answers with the new
 * value (so the store applies it and there is nothing to invalidate), and the few reloads
 * after a write are explicit calls. A query library would keep a second cache beside the
 * store the screens and the undo actions already read.
 */
const FETCH = {
  retro: (key: string) => invoke('retros:list', { engagementId: key }),
  project: (key: string) => invoke('project:get', { engagementId: key }),
  lifecycle: (key: string) => invoke('lifecycle:get', { engagementId: key }),
  planner: (key: string) =>
    invoke('planner:get', { scope: key === PLAIN_KEY ? { kind: 'plain' } : { kind: 'engagement', id: key } }),
};

export type LoadKind = keyof typeof FETCH;
export type Loaded<K extends LoadKind> = Awaited<ReturnType<(typeof FETCH)[K]>>;

/** What is known of one key: the data last loaded and, when the last load failed, why. */
export interface Entry<T> {
  data?: T;
  error?: string;
}

export type LoadedTable = { [K in LoadKind]: Record<string, Entry<Loaded<K>>> };

export interface LoaderSlice {
  loaded: LoadedTable;
  /** Loads (or reloads) one key; a failure keeps what was loaded and records the error. */
  load: (kind: LoadKind, key: string) => Promise<void>;
  /** The loaded data of one key, if any. */
  dataOf: <K extends LoadKind>(kind: K, key: string) => Loaded<K> | undefined;
  /** Applies a change main accepted to what is loaded; nothing when the key is not loaded. */
  change: <K extends LoadKind>(kind: K, key: string, update: (data: Loaded<K>) => Loaded<K>) => void;
}

const EMPTY: LoadedTable = { retro: {}, project: {}, lifecycle: {}, planner: {} };

/** The table with one entry replaced (a copy: the store's state is never changed in place). */
function withEntry<K extends LoadKind>(table: LoadedTable, kind: K, key: string, entry: Entry<Loaded<K>>): LoadedTable {
  return { ...table, [kind]: { ...table[kind], [key]: entry } };
}

export const createLoaderSlice: StateCreator<AppState, [], [], LoaderSlice> = (set, get) => ({
  loaded: EMPTY,

  load: async (kind, key) => {
    const fetch: (key: string) => Promise<Loaded<LoadKind>> = FETCH[kind];
    try {
      const data = await fetch(key);
      set((s) => ({ loaded: withEntry(s.loaded, kind, key, { data }) }));
    } catch (error) {
      set((s) => ({ loaded: withEntry(s.loaded, kind, key, { ...s.loaded[kind][key], error: messageOf(error) }) }));
    }
  },

  dataOf: (kind, key) => get().loaded[kind][key]?.data,

  change: (kind, key, update) =>
    set((s) => {
      const entry = s.loaded[kind][key];
      return entry?.data === undefined
        ? {}
        : { loaded: withEntry(s.loaded, kind, key, { ...entry, data: update(entry.data) }) };
    }),
});
