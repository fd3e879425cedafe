import type { StateCreator } from 'zustand';
import type { NoteDoc } from '../../shared/model/note';
import type { Goal, GoalInput, NoteSection, Retro, RetroPatch, RetroSection } from '../../shared/model/retro';
import { invoke } from '../api';
import type { AppState } from './index';
import { attempt, removeWithUndo, upsert } from './writes';

/** Goals and retros per engagement id live in the loader, under `retro`. */
export interface RetroSlice {
  createRetro: (engagementId: string, date: string) => Promise<Retro | null>;
  /** For autosave: saves a change to a retro and shows main's answer; throws when not saved. */
  saveRetroPatch: (engagementId: string, retroId: string, patch: RetroPatch) => Promise<void>;
  /** For autosave: saves a note and keeps derived views current; throws when not saved. */
  saveRetroNote: (engagementId: string, retroId: string, section: NoteSection, doc: NoteDoc) => Promise<void>;
  setActionItemDone: (engagementId: string, retroId: string, itemId: string, done: boolean) => Promise<void>;
  deleteRetro: (engagementId: string, retroId: string) => Promise<void>;
  saveGoal: (engagementId: string, goalId: string | null, input: GoalInput) => Promise<Goal | null>;
  deleteGoal: (engagementId: string, goalId: string) => Promise<void>;
}

export const createRetroSlice: StateCreator<AppState, [], [], RetroSlice> = (_set, get) => {
  const withSection = (engagementId: string, change: (section: RetroSection) => RetroSection) =>
    get().change('retro', engagementId, change);
  const showRetro = (engagementId: string, retro: Retro) =>
    withSection(engagementId, (s) => ({ ...s, retros: upsert(s.retros, retro) }));
  const toast = (t: Parameters<AppState['pushToast']>[0]) => get().pushToast(t);

  return {
    createRetro: async (engagementId, date) => {
      const retro = await attempt(toast, 'Could not create the retro', () =>
        invoke('retros:create', { engagementId, date }),
      );
      if (retro) showRetro(engagementId, retro);
      return retro;
    },

    saveRetroPatch: async (engagementId, retroId, patch) => {
      showRetro(engagementId, await invoke('retros:update', { engagementId, retroId, patch }));
    },

    saveRetroNote: async (engagementId, retroId, section, doc) => {
      const { updatedAt } = await invoke('retros:saveNote', { engagementId, retroId, section, doc });
      withSection(engagementId, (s) => ({
        ...s,
        retros: s.retros.map((r) =>
          r.id === retroId ? { ...r, updatedAt, notes: { ...r.notes, [section]: doc } } : r,
        ),
      }));
    },

    setActionItemDone: async (engagementId, retroId, itemId, done) => {
      const retro = await attempt(toast, 'Could not update the action item', () =>
        invoke('retros:setActionItemDone', { engagementId, retroId, itemId, done }),
      );
      if (retro) showRetro(engagementId, retro);
    },

    deleteRetro: (engagementId, retroId) =>
      removeWithUndo(toast, {
        remove: () => invoke('retros:delete', { engagementId, retroId }),
        failure: 'Could not delete the retro',
        removed: (retro) => {
          showRetro(engagementId, retro);
          get().navigate({ kind: 'engagement', id: engagementId, section: 'retros' });
        },
        message: (retro) => `Deleted the retro of ${retro.date}.`,
        restore: () => invoke('retros:restore', { engagementId, retroId }),
        restoreFailure: 'Could not restore the retro',
        restored: (retro) => showRetro(engagementId, retro),
      }),

    saveGoal: async (engagementId, goalId, input) => {
      const goal = await attempt(toast, 'Goal not saved', () => invoke('goals:save', { engagementId, goalId, input }));
      if (goal) withSection(engagementId, (s) => ({ ...s, goals: upsert(s.goals, goal) }));
      return goal;
    },

    deleteGoal: (engagementId, goalId) =>
      removeWithUndo(toast, {
        remove: () => invoke('goals:delete', { engagementId, goalId }),
        failure: 'Could not delete the goal',
        removed: () => withSection(engagementId, (s) => ({ ...s, goals: s.goals.filter((g) => g.id !== goalId) })),
        message: ({ goal }) => `Deleted the goal “${goal.title}”.`,
        restore: ({ goal, index }) => invoke('goals:restore', { engagementId, goal, index }),
        restoreFailure: 'Could not restore the goal',
        restored: () => get().load('retro', engagementId),
      }),
  };
};
