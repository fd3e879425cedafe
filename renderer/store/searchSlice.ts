import type { StateCreator } from 'zustand';
import type { RequestOf, ResponseOf } from '../../shared/ipc';
import { invoke } from '../api';
import type { AppState } from './index';
import { viewOfTarget, type SearchTarget } from './searchTargets';

export type SearchAnswer = ResponseOf<'search:query'>;
export type SearchProgressView = SearchAnswer['indexing'];

/**
 * Where to point the reader once a search result is open: the section holding the match and
 * the words to highlight, as they are written in the record.
 */
export interface SearchFocus {
  section: string | null;
  texts: string[];
}

export interface SearchSlice {
  /** The background build of the index, while it runs (null when done or not started). */
  searchProgress: SearchProgressView;
  searchFocus: SearchFocus | null;
  /** The command palette is open (Ctrl/Cmd+Shift+P, or the Go menu). */
  paletteOpen: boolean;
  setPaletteOpen: (open: boolean) => void;
  /** Counts the index's updates since start: a search on screen asks again when it moves. */
  searchVersion: number;
  searchUpdated: () => void;
  setSearchProgress: (progress: SearchProgressView) => void;
  /** Asks main; the answer goes to the caller, which shows it (a read, not a change). */
  search: (request: RequestOf<'search:query'>) => Promise<SearchAnswer>;
  /** Opens the record of a hit and marks where the match is. */
  openSearchTarget: (target: SearchTarget, focus: SearchFocus) => Promise<void>;
  clearSearchFocus: () => void;
}

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set, get) => ({
  searchProgress: null,
  searchFocus: null,
  paletteOpen: false,
  setPaletteOpen: (open) => set({ paletteOpen: open }),
  searchVersion: 0,
  searchUpdated: () => set((state) => ({ searchVersion: state.searchVersion + 1 })),
  setSearchProgress: (progress) => set({ searchProgress: progress }),
  search: (request) => invoke('search:query', request),
  openSearchTarget: async (target, focus) => {
    await get().openEngagement(target.engagementId);
    // Opening failed (deleted meanwhile): openEngagement has said so.
    if (!get().engagements[target.engagementId]) return;
    get().navigate(viewOfTarget(target));
    set({ searchFocus: focus });
  },
  clearSearchFocus: () => set({ searchFocus: null }),
});
