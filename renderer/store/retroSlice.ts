import type { StateCreator } from 'zustand';
import type { NoteDoc } from '../../shared/model/note';
import type { Goal, GoalInput, NoteSection, Retro, RetroPatch, RetroSection } from '../../shared/model/retro';
import { invoke, messageOf } from '../api';
import type { AppState } from './index';

export interface RetroSlice {
  /** Goals and retros per engagement id, loaded when a retro screen opens. */
  retroData: Record<string, RetroSection>;
  retroLoadError: Record<string, string>;
  loadRetros: (engagementId: string) => Promise<void>;
  createRetro: (engagementId: string, date: string) => Promise<Retro | null>;
  updateRetro: (engagementId: string, retroId: string, patch: RetroPatch) => Promise<void>;
  /** Called by autosave after the main process accepted a change to a retro. */
  retroSaved: (engagementId: string, retro: Retro) => void;
  /** Called by autosave after the main process accepted a note; keeps derived views current. */
  noteSaved: (engagementId: string, retroId: string, section: NoteSection, doc: NoteDoc, updatedAt: string) => void;
  setActionItemDone: (engagementId: string, retroId: string, itemId: string, done: boolean) => Promise<void>;
  deleteRetro: (engagementId: string, retroId: string) => Promise<void>;
  saveGoal: (engagementId: string, goalId: string | null, input: GoalInput) => Promise<Goal | null>;
  deleteGoal: (engagementId: string, goalId: string) => Promise<void>;
}

function replaceRetro(section: RetroSection, retro: Retro): RetroSection {
  const exists = section.retros.some((r) => r.id === retro.id);
  return { ...section, retros: exists ? section.retros.map((r) => (r.id === retro.id ? retro : r)) : [...section.retros, retro] };
}

export const createRetroSlice: StateCreator<AppState, [], [], RetroSlice> = (set, get) => {
  const withSection = (engagementId: string, change: (section: RetroSection) => RetroSection) =>
    set((state) => {
      const section = state.retroData[engagementId];
      return section ? { retroData: { ...state.retroData, [engagementId]: change(section) } } : {};
    });
  const fail = (what: string, error: unknown) => get().pushToast({ tone: 'error', message: `${what}: ${messageOf(error)}` });

  return {
    retroData: {},
    retroLoadError: {},

    loadRetros: async (engagementId) => {
      try {
        const section = await invoke('retros:list', { engagementId });
        set((state) => ({
          retroData: { ...state.retroData, [engagementId]: section },
          retroLoadError: Object.fromEntries(Object.entries(state.retroLoadError).filter(([k]) => k !== engagementId)),
        }));
      } catch (error) {
        set((state) => ({ retroLoadError: { ...state.retroLoadError, [engagementId]: messageOf(error) } }));
      }
    },

    createRetro: async (engagementId, date) => {
      try {
        const retro = await invoke('retros:create', { engagementId, date });
        withSection(engagementId, (s) => replaceRetro(s, retro));
        return retro;
      } catch (error) {
        fail('Could not create the retro', error);
        return null;
      }
    },

    updateRetro: async (engagementId, retroId, patch) => {
      try {
        const retro = await invoke('retros:update', { engagementId, retroId, patch });
        withSection(engagementId, (s) => replaceRetro(s, retro));
      } catch (error) {
        fail('Not saved', error);
      }
    },

    retroSaved: (engagementId, retro) => withSection(engagementId, (s) => replaceRetro(s, retro)),

    noteSaved: (engagementId, retroId, section, doc, updatedAt) =>
      withSection(engagementId, (s) => ({
        ...s,
        retros: s.retros.map((r) => (r.id === retroId ? { ...r, updatedAt, notes: { ...r.notes, [section]: doc } } : r)),
      })),

    setActionItemDone: async (engagementId, retroId, itemId, done) => {
      try {
        const retro = await invoke('retros:setActionItemDone', { engagementId, retroId, itemId, done });
        withSection(engagementId, (s) => replaceRetro(s, retro));
      } catch (error) {
        fail('Could not update the action item', error);
      }
    },

    deleteRetro: async (engagementId, retroId) => {
      try {
        const retro = await invoke('retros:delete', { engagementId, retroId });
        withSection(engagementId, (s) => replaceRetro(s, retro));
        get().navigate({ kind: 'engagement', id: engagementId, section: 'retros' });
        get().pushToast({
          tone: 'info',
          message: `Deleted the retro of ${retro.date}.`,
          action: {
            label: 'Undo',
            run: () => {
              invoke('retros:restore', { engagementId, retroId })
                .then((restored) => withSection(engagementId, (s) => replaceRetro(s, restored)))
                .catch((error: unknown) => fail('Could not restore the retro', error));
            },
          },
        });
      } catch (error) {
        fail('Could not delete the retro', error);
      }
    },

    saveGoal: async (engagementId, goalId, input) => {
      try {
        const goal = await invoke('goals:save', { engagementId, goalId, input });
        withSection(engagementId, (s) => ({
          ...s,
          goals: s.goals.some((g) => g.id === goal.id) ? s.goals.map((g) => (g.id === goal.id ? goal : g)) : [...s.goals, goal],
        }));
        return goal;
      } catch (error) {
        fail('Goal not saved', error);
        return null;
      }
    },

    deleteGoal: async (engagementId, goalId) => {
      try {
        const { goal, index } = await invoke('goals:delete', { engagementId, goalId });
        withSection(engagementId, (s) => ({ ...s, goals: s.goals.filter((g) => g.id !== goalId) }));
        get().pushToast({
          tone: 'info',
          message: `Deleted the goal “${goal.title}”.`,
          action: {
            label: 'Undo',
            run: () => {
              invoke('goals:restore', { engagementId, goal, index })
                .then(() => get().loadRetros(engagementId))
                .catch((error: unknown) => fail('Could not restore the goal', error));
            },
          },
        });
      } catch (error) {
        fail('Could not delete the goal', error);
      }
    },
  };
};
