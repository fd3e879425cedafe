import type { StateCreator } from 'zustand';
import {
  STATUS_LABELS,
  type Engagement,
  type EngagementInput,
  type EngagementStatus,
} from '../../shared/model/engagement';
import type { ListedEngagement } from '../../shared/ipc/engagements';
import { invoke, messageOf } from '../api';
import { draftFrom, newDraft, sameDraft, validateDraft, type EngagementDraft } from './engagementDraft';
import type { AppState } from './index';
import { attempt, formSave, removeWithUndo, undoToast } from './writes';

/** Drafts are keyed by engagement id, or NEW_KEY for the create form. */
export const NEW_KEY = 'new';

export interface EngagementsSlice {
  /** The list, each with whether it is read-only here (a record from a newer version). */
  summaries: ListedEngagement[];
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
  /** The create form for a sourcing candidate (Candidates' empty state). */
  startNewCandidate: () => void;
  editDraft: (key: string, update: (draft: EngagementDraft) => EngagementDraft) => void;
  discardDraft: (key: string) => void;
  saveDraft: (key: string) => Promise<boolean>;
  deleteEngagement: (id: string) => Promise<void>;
  restoreEngagement: (id: string) => Promise<void>;
  /**
   * Moves the saved engagement to `status` (the Overview's "Start the engagement", "Move to
   * Wrapping up", "Mark as done"), with Undo. Unsaved edits in its Details stay as they are.
   */
  moveStatus: (id: string, status: EngagementStatus) => Promise<void>;
}

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

type DraftActions = Pick<
  EngagementsSlice,
  'startNew' | 'startNewCandidate' | 'editDraft' | 'discardDraft' | 'saveDraft'
>;
type Setter = Parameters<StateCreator<AppState, [], [], EngagementsSlice>>[0];

export const createEngagementsSlice: StateCreator<AppState, [], [], EngagementsSlice> = (set, get) => {
  const toast = (t: Parameters<AppState['pushToast']>[0]) => get().pushToast(t);
  return {
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
      const engagement = await attempt(toast, 'Could not open the engagement', () => invoke('engagements:get', { id }));
      if (!engagement) return get().navigate({ kind: 'engagements' });
      set((state) => ({
        engagements: { ...state.engagements, [id]: engagement },
        // An unsaved draft survives navigating away and back.
        drafts: state.drafts[id] ? state.drafts : { ...state.drafts, [id]: draftFrom(engagement) },
      }));
    },

    ...draftActions(set, get),

    deleteEngagement: (id) => {
      const name = get().engagements[id]?.name ?? get().summaries.find((s) => s.id === id)?.name ?? 'engagement';
      return removeWithUndo(toast, {
        remove: () => invoke('engagements:delete', { id }),
        failure: 'Could not delete',
        removed: async () => {
          set((state) => ({
            engagements: omit(state.engagements, id),
            drafts: omit(state.drafts, id),
            fieldErrors: omit(state.fieldErrors, id),
          }));
          get().navigate({ kind: 'engagements' });
          await get().loadList();
        },
        message: () => `Deleted “${name}”.`,
        restore: () => invoke('engagements:restore', { id }),
        restoreFailure: 'Could not restore',
        restored: (restored) => restoredEngagement(restored.name),
      });
    },

    restoreEngagement: async (id) => {
      const restored = await attempt(toast, 'Could not restore', () => invoke('engagements:restore', { id }));
      if (restored) await restoredEngagement(restored.name);
    },

    ...statusActions(set, get),
  };

  async function restoredEngagement(name: string) {
    await get().loadList();
    toast({ tone: 'info', message: `Restored “${name}”.` });
  }
};

/** The status moves the Overview offers, each with Undo. */
function statusActions(set: Setter, get: () => AppState): Pick<EngagementsSlice, 'moveStatus'> {
  const toast = (t: Parameters<AppState['pushToast']>[0]) => get().pushToast(t);
  /** Saves the engagement as it was last saved, with another status; false (and a toast) when refused. */
  async function writeStatus(id: string, status: EngagementStatus): Promise<boolean> {
    const saved = get().engagements[id];
    if (!saved) return false;
    const input: EngagementInput = {
      name: saved.name,
      hostTeam: saved.hostTeam,
      homeTeam: saved.homeTeam,
      people: saved.people,
      startDate: saved.startDate,
      endDate: saved.endDate,
      status,
      endedEarlyReason: saved.endedEarlyReason,
    };
    const updated = await attempt(toast, 'Could not change the status', () =>
      invoke('engagements:update', { id, input }),
    );
    if (!updated) return false;
    set((state) => {
      const draft = state.drafts[id];
      return {
        engagements: { ...state.engagements, [id]: updated },
        // What is being typed in Details stays; only its status follows.
        drafts: { ...state.drafts, [id]: draft ? { ...draft, status: updated.status } : draftFrom(updated) },
      };
    });
    await get().loadList();
    return true;
  }

  return {
    moveStatus: async (id, status) => {
      const before = get().engagements[id]?.status;
      if (before === undefined || before === status) return;
      if (!(await writeStatus(id, status))) return;
      toast(
        undoToast(`“${get().engagements[id]?.name ?? 'The engagement'}” is now ${STATUS_LABELS[status]}.`, async () => {
          if (await writeStatus(id, before)) toast({ tone: 'info', message: `Back to ${STATUS_LABELS[before]}.` });
        }),
      );
    },
  };
}

/** The create and edit forms: what was typed, checked live once a save was tried, then saved. */
function draftActions(set: Setter, get: () => AppState): DraftActions {
  return {
    startNew: () => {
      set((state) => ({
        drafts: state.drafts[NEW_KEY]
          ? state.drafts
          : { ...state.drafts, [NEW_KEY]: newDraft(new Date(), state.settings.engagementWeeks) },
        view: { kind: 'new' },
      }));
    },

    startNewCandidate: () => {
      get().startNew();
      // A candidate is an engagement still being sourced; the rest of the form is the same.
      set((state) => {
        const draft = state.drafts[NEW_KEY];
        return draft ? { drafts: { ...state.drafts, [NEW_KEY]: { ...draft, status: 'sourcing' } } } : {};
      });
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
      const result = await formSave(() =>
        key === NEW_KEY
          ? invoke('engagements:create', checked.input)
          : invoke('engagements:update', { id: key, input: checked.input }),
      );
      const done = () => set((state) => ({ saving: omit(state.saving, key) }));
      if (!result.ok) {
        done();
        // A refusal main explains field by field shows beside the fields; anything else in a toast.
        if (result.errors['_'] !== undefined)
          get().pushToast({ tone: 'error', message: `Not saved: ${result.errors['_']}` });
        else set((state) => ({ fieldErrors: { ...state.fieldErrors, [key]: result.errors } }));
        return false;
      }
      const saved = result.value;
      set((state) => ({
        engagements: { ...state.engagements, [saved.id]: saved },
        drafts: { ...omit(state.drafts, NEW_KEY), [saved.id]: draftFrom(saved) },
        fieldErrors: omit(omit(state.fieldErrors, key), saved.id),
      }));
      await get().loadList();
      if (key === NEW_KEY) get().navigate({ kind: 'engagement', id: saved.id, section: 'overview' });
      get().pushToast({ tone: 'info', message: key === NEW_KEY ? `Created “${saved.name}”.` : 'Changes saved.' });
      done();
      return true;
    },
  };
}

/** True when some form holds input that was never saved (guards closing the window). */
export function hasUnsavedChanges(state: Pick<EngagementsSlice, 'drafts' | 'engagements'>): boolean {
  return Object.entries(state.drafts).some(([key, draft]) => {
    if (key === NEW_KEY) {
      return (
        draft.name.trim() !== '' ||
        draft.hostTeam.trim() !== '' ||
        draft.homeTeam.trim() !== '' ||
        draft.people.length > 0
      );
    }
    const saved = state.engagements[key];
    return saved !== undefined && !sameDraft(draftFrom(saved), draft);
  });
}
