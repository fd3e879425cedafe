import type { StateCreator } from 'zustand';
import type { ResponseOf } from '../../shared/ipc';
import type { HomeItem, HomeLink } from '../../shared/lifecycle/home';
import type { Engagement } from '../../shared/model/engagement';
import type { LifecycleNote, LifecyclePatch, LifecycleSection } from '../../shared/model/lifecycle';
import type { NoteDoc } from '../../shared/model/note';
import { invoke, messageOf } from '../api';
import { draftFrom } from '../features/engagements/draft';
import type { AppState } from './index';

export type CandidateView = ResponseOf<'lifecycle:candidates'>[number];

export interface LifecycleSlice {
  /** Each engagement's lifecycle section, loaded when one of its lifecycle screens opens. */
  lifecycle: Record<string, LifecycleSection>;
  lifecycleError: Record<string, string>;
  /** Every engagement with its people (capacity rules); null until loaded. */
  roster: Engagement[] | null;
  candidates: CandidateView[] | null;
  home: { today: string; items: HomeItem[] } | null;
  homeError: string | null;
  loadLifecycle: (engagementId: string) => Promise<void>;
  /** Applies the change at once, then saves it; on failure says so and reloads. */
  patchLifecycle: (engagementId: string, patch: LifecyclePatch) => Promise<void>;
  lifecycleNoteSaved: (engagementId: string, note: LifecycleNote, doc: NoteDoc) => void;
  promoteCandidate: (engagementId: string) => Promise<void>;
  loadRoster: () => Promise<void>;
  loadCandidates: () => Promise<void>;
  loadHome: (today: string) => Promise<void>;
  /** Opens where a home-screen item (or a notification) is dealt with. */
  openItem: (engagementId: string, link: HomeLink) => Promise<void>;
}

/** Per engagement, the latest patch sent: an older patch's answer must not overwrite a newer change. */
const latestPatch = new Map<string, number>();
let patchCount = 0;

export const createLifecycleSlice: StateCreator<AppState, [], [], LifecycleSlice> = (set, get) => ({
  lifecycle: {},
  lifecycleError: {},
  roster: null,
  candidates: null,
  home: null,
  homeError: null,

  loadLifecycle: async (engagementId) => {
    try {
      const section = await invoke('lifecycle:get', { engagementId });
      set((state) => ({ lifecycle: { ...state.lifecycle, [engagementId]: section } }));
    } catch (error) {
      set((state) => ({ lifecycleError: { ...state.lifecycleError, [engagementId]: messageOf(error) } }));
    }
  },

  patchLifecycle: async (engagementId, patch) => {
    const current = get().lifecycle[engagementId];
    if (current) set((state) => ({ lifecycle: { ...state.lifecycle, [engagementId]: { ...current, ...patch } } }));
    const sequence = ++patchCount;
    latestPatch.set(engagementId, sequence);
    try {
      const saved = await invoke('lifecycle:update', { engagementId, patch });
      if (latestPatch.get(engagementId) === sequence) set((state) => ({ lifecycle: { ...state.lifecycle, [engagementId]: saved } }));
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Not saved: ${messageOf(error)}` });
      await get().loadLifecycle(engagementId);
    }
  },

  lifecycleNoteSaved: (engagementId, note, doc) =>
    set((state) => {
      const section = state.lifecycle[engagementId];
      return section ? { lifecycle: { ...state.lifecycle, [engagementId]: { ...section, [note]: doc } } } : {};
    }),

  promoteCandidate: async (engagementId) => {
    try {
      const engagement = await invoke('lifecycle:promote', { engagementId });
      set((state) => ({
        engagements: { ...state.engagements, [engagementId]: engagement },
        drafts: { ...state.drafts, [engagementId]: draftFrom(engagement) },
      }));
      await Promise.all([get().loadList(), get().loadCandidates()]);
      get().pushToast({ tone: 'info', message: `“${engagement.name}” moved to planning.` });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Not promoted: ${messageOf(error)}` });
    }
  },

  loadRoster: async () => {
    try {
      set({ roster: await invoke('lifecycle:roster', {}) });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not check capacity: ${messageOf(error)}` });
    }
  },

  loadCandidates: async () => {
    try {
      set({ candidates: await invoke('lifecycle:candidates', {}) });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not load the candidates: ${messageOf(error)}` });
    }
  },

  loadHome: async (today) => {
    try {
      set({ home: { today, items: await invoke('home:week', { today }) }, homeError: null });
    } catch (error) {
      set({ homeError: messageOf(error) });
    }
  },

  openItem: async (engagementId, link) => {
    await get().openEngagement(engagementId);
    // Opening failed (e.g. deleted meanwhile): openEngagement has said so and moved on.
    if (!get().engagements[engagementId]) return;
    if (link.to === 'retro') get().navigate({ kind: 'retro', engagementId, retroId: link.retroId });
    else get().navigate({ kind: 'engagement', id: engagementId, section: link.section });
  },
});
