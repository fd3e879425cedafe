import type { StateCreator } from 'zustand';
import type { Engagement, EngagementSummary } from '../../shared/model/engagement';
import { ApiError, invoke, messageOf } from '../api';
import { draftFrom, newDraft, sameDraft, validateDraft, type EngagementDraft } from '../features/engagements/draft';
import type { AppState } from './index';

/** Drafts are keyed by engagement id, or NEW_KEY for the create form. */
export const NEW_KEY = 'new';

export interface EngagementsSlice {
  summaries: EngagementSummary[];
  listLoaded: boolean;
  listError: string | null;
  engagements: Record<string, Engagement>;
  drafts: Record<string, EngagementDraft>;
  /** Per draft: field path -> message, shown beside the field. */
  fieldErrors: Record<string, Record<string, string>>;
  saving: Record<string, boolean>;
  loadList: () => Promise<void>;
  openEngagement: (id: string) => Promise<void>;
  startNew: () => void;
  editDraft: (key: string, update: (draft: EngagementDraft) => EngagementDraft) => void;
  discardDraft: (key: string) => void;
  saveDraft: (key: string) => Promise<boolean>;
  deleteEngagement: (id: string) => Promise<void>;
  restoreEngagement: (id: string) => Promise<void>;
}

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

export const createEngagementsSlice: StateCreator<AppState, [], [], EngagementsSlice> = (set, get) => ({
  summaries: [],
  listLoaded: false,
  listError: null,
  engagements: {},
  drafts: {},
  fieldErrors: {},
  saving: {},

  loadList: async () => {
    try {
      const summaries = await invoke('engagements:list', {});
      set({ summaries, listLoaded: true, listError: null });
    } catch (error) {
      set({ listLoaded: true, listError: messageOf(error) });
    }
  },

  openEngagement: async (id) => {
    get().navigate({ kind: 'engagement', id, section: 'overview' });
    try {
      const engagement = await invoke('engagements:get', { id });
      set((state) => ({
        engagements: { ...state.engagements, [id]: engagement },
        // An unsaved draft survives navigating away and back.
        drafts: state.drafts[id] ? state.drafts : { ...state.drafts, [id]: draftFrom(engagement) },
      }));
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not open the engagement: ${messageOf(error)}` });
      get().navigate({ kind: 'engagements' });
    }
  },

  startNew: () => {
    set((state) => ({
      drafts: state.drafts[NEW_KEY]
        ? state.drafts
        : { ...state.drafts, [NEW_KEY]: newDraft(new Date(), state.settings.engagementWeeks) },
      view: { kind: 'new' },
    }));
  },

  editDraft: (key, update) => {
    set((state) => {
      const draft = state.drafts[key];
      if (!draft) return {};
      const next = update(draft);
      // Once the user has tried to save, messages follow their edits live.
      const errors = state.fieldErrors[key];
      const result = errors ? validateDraft(next) : null;
      return {
        drafts: { ...state.drafts, [key]: next },
        fieldErrors: result
          ? { ...state.fieldErrors, [key]: result.ok ? {} : result.fieldErrors }
          : state.fieldErrors,
      };
    });
  },

  discardDraft: (key) => {
    set((state) => {
      const saved = state.engagements[key];
      return {
        drafts: saved ? { ...state.drafts, [key]: draftFrom(saved) } : omit(state.drafts, key),
        fieldErrors: omit(state.fieldErrors, key),
      };
    });
  },

  saveDraft: async (key) => {
    const draft = get().drafts[key];
    if (!draft || get().saving[key]) return false;
    const checked = validateDraft(draft);
    if (!checked.ok) {
      set((state) => ({ fieldErrors: { ...state.fieldErrors, [key]: checked.fieldErrors } }));
      return false;
    }
    set((state) => ({ saving: { ...state.saving, [key]: true } }));
    try {
      const saved =
        key === NEW_KEY
          ? await invoke('engagements:create', checked.input)
          : await invoke('engagements:update', { id: key, input: checked.input });
      set((state) => ({
        engagements: { ...state.engagements, [saved.id]: saved },
        drafts: { ...omit(state.drafts, NEW_KEY), [saved.id]: draftFrom(saved) },
        fieldErrors: omit(omit(state.fieldErrors, key), saved.id),
      }));
      await get().loadList();
      if (key === NEW_KEY) get().navigate({ kind: 'engagement', id: saved.id, section: 'overview' });
      get().pushToast({ tone: 'info', message: key === NEW_KEY ? `Created “${saved.name}”.` : 'Changes saved.' });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid-payload') {
        set((state) => ({ fieldErrors: { ...state.fieldErrors, [key]: error.fieldErrors } }));
      } else {
        get().pushToast({ tone: 'error', message: `Not saved: ${messageOf(error)}` });
      }
      return false;
    } finally {
      set((state) => ({ saving: omit(state.saving, key) }));
    }
  },

  deleteEngagement: async (id) => {
    const name = get().engagements[id]?.name ?? get().summaries.find((s) => s.id === id)?.name ?? 'engagement';
    try {
      await invoke('engagements:delete', { id });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not delete: ${messageOf(error)}` });
      return;
    }
    set((state) => ({
      engagements: omit(state.engagements, id),
      drafts: omit(state.drafts, id),
      fieldErrors: omit(state.fieldErrors, id),
    }));
    get().navigate({ kind: 'engagements' });
    await get().loadList();
    get().pushToast({
      tone: 'info',
      message: `Deleted “${name}”.`,
      action: { label: 'Undo', run: () => void get().restoreEngagement(id) },
    });
  },

  restoreEngagement: async (id) => {
    try {
      const restored = await invoke('engagements:restore', { id });
      await get().loadList();
      get().pushToast({ tone: 'info', message: `Restored “${restored.name}”.` });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not restore: ${messageOf(error)}` });
    }
  },
});

/** True when some form holds input that was never saved (guards closing the window). */
export function hasUnsavedChanges(state: Pick<EngagementsSlice, 'drafts' | 'engagements'>): boolean {
  return Object.entries(state.drafts).some(([key, draft]) => {
    if (key === NEW_KEY) {
      return draft.name.trim() !== '' || draft.hostTeam.trim() !== '' || draft.homeTeam.trim() !== '' || draft.people.length > 0;
    }
    const saved = state.engagements[key];
    return saved !== undefined && !sameDraft(draftFrom(saved), draft);
  });
}
