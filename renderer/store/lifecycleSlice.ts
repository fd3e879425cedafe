import type { StateCreator } from 'zustand';
import type { ResponseOf } from '../../shared/ipc';
import type { HomeItem, HomeLink } from '../../shared/thisWeek/homeItems';
import type { Engagement } from '../../shared/model/engagement';
import type { LifecycleNote, LifecyclePatch } from '../../shared/model/lifecycle';
import type { NoteDoc } from '../../shared/model/note';
import { invoke, messageOf } from '../api';
import { draftFrom } from './engagementDraft';
import type { AppState } from './index';

export type CandidateView = ResponseOf<'lifecycle:candidates'>[number];

export interface LifecycleSlice {
  /** Each engagement's lifecycle section lives in the loader, under `lifecycle`. */
  /** Every engagement with its people (capacity rules); null until loaded. */
  roster: Engagement[] | null;
  candidates: CandidateView[] | null;
  home: { today: string; items: HomeItem[] } | null;
  homeError: string | null;
  /** Applies the change at once, then saves it; on failure says so and reloads. */
  patchLifecycle: (engagementId: string, patch: LifecyclePatch) => Promise<void>;
  /** For autosave: saves a lifecycle note; throws when not saved. */
  saveLifecycleNote: (engagementId: string, note: LifecycleNote, doc: NoteDoc) => Promise<void>;
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
  roster: null,
  candidates: null,
  home: null,
  homeError: null,

  patchLifecycle: async (engagementId, patch) => {
    get().change('lifecycle', engagementId, (current) => ({ ...current, ...patch }));
    const sequence = ++patchCount;
    latestPatch.set(engagementId, sequence);
    try {
      const saved = await invoke('lifecycle:update', { engagementId, patch });
      if (latestPatch.get(engagementId) === sequence) get().change('lifecycle', engagementId, () => saved);
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Not saved: ${messageOf(error)}` });
      await get().load('lifecycle', engagementId);
    }
  },

  saveLifecycleNote: async (engagementId, note, doc) => {
    await invoke('lifecycle:saveNote', { engagementId, note, doc });
    get().change('lifecycle', engagementId, (section) => ({ ...section, [note]: doc }));
  },

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
