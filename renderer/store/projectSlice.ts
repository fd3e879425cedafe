import type { StateCreator } from 'zustand';
import type { NpsPoint } from '../../shared/ipc';
import type { NoteDoc } from '../../shared/model/note';
import type {
  Milestone,
  MilestoneInput,
  NpsInput,
  ProjectNoteSection,
  ProjectPatch,
  ProjectSection,
} from '../../shared/model/projectRetro';
import { invoke } from '../api';
import type { AppState } from './index';
import { npsImportActions, type NpsImportActions } from './npsImportActions';
import { attempt, removeWithUndo, upsert } from './writes';

/** Milestones, MVP target, project retro and NPS per engagement id live in the loader, under `project`. */
export interface ProjectSlice extends NpsImportActions {
  /** Every engagement's NPS by end date; null until loaded. */
  npsOverTime: NpsPoint[] | null;
  updateProject: (engagementId: string, patch: ProjectPatch) => Promise<void>;
  /** For autosave: saves a project-retro note; throws when not saved. */
  saveProjectNote: (engagementId: string, section: ProjectNoteSection, doc: NoteDoc) => Promise<void>;
  saveMilestone: (engagementId: string, milestoneId: string | null, input: MilestoneInput) => Promise<Milestone | null>;
  deleteMilestone: (engagementId: string, milestoneId: string) => Promise<void>;
  addNpsResponse: (engagementId: string, input: NpsInput) => Promise<boolean>;
  deleteNpsResponse: (engagementId: string, responseId: string) => Promise<void>;
  loadNpsOverTime: () => Promise<void>;
  exportProjectRetro: (engagementId: string, format: 'html' | 'markdown') => Promise<void>;
}

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set, get) => {
  const withSection = (engagementId: string, change: (section: ProjectSection) => ProjectSection) =>
    get().change('project', engagementId, change);
  const toast = (t: Parameters<AppState['pushToast']>[0]) => get().pushToast(t);
  /** The NPS chart counts every engagement: keep it current once it is shown. */
  const refreshNps = () => {
    if (get().npsOverTime !== null) void get().loadNpsOverTime();
  };
  const reload = (engagementId: string) => {
    void get().load('project', engagementId);
    refreshNps();
  };

  return {
    npsOverTime: null,

    updateProject: async (engagementId, patch) => {
      const section = await attempt(toast, 'Not saved', () => invoke('project:update', { engagementId, patch }));
      if (section) withSection(engagementId, () => section);
    },

    saveProjectNote: async (engagementId, section, doc) => {
      const { updatedAt } = await invoke('project:saveNote', { engagementId, section, doc });
      withSection(engagementId, (s) => ({
        ...s,
        retro: { ...s.retro, updatedAt, notes: { ...s.retro.notes, [section]: doc } },
      }));
    },

    saveMilestone: async (engagementId, milestoneId, input) => {
      const milestone = await attempt(toast, 'Milestone not saved', () =>
        invoke('milestones:save', { engagementId, milestoneId, input }),
      );
      if (milestone) withSection(engagementId, (s) => ({ ...s, milestones: upsert(s.milestones, milestone) }));
      return milestone;
    },

    deleteMilestone: (engagementId, milestoneId) =>
      removeWithUndo(toast, {
        remove: () => invoke('milestones:delete', { engagementId, milestoneId }),
        failure: 'Could not delete the milestone',
        removed: () =>
          withSection(engagementId, (s) => ({ ...s, milestones: s.milestones.filter((m) => m.id !== milestoneId) })),
        message: ({ milestone }) => `Deleted the milestone “${milestone.title}”.`,
        restore: ({ milestone, index }) => invoke('milestones:restore', { engagementId, milestone, index }),
        restoreFailure: 'Could not restore the milestone',
        restored: () => reload(engagementId),
      }),

    addNpsResponse: async (engagementId, input) => {
      const response = await attempt(toast, 'Response not saved', () => invoke('nps:add', { engagementId, input }));
      if (!response) return false;
      withSection(engagementId, (s) => ({ ...s, nps: [...s.nps, response] }));
      refreshNps();
      return true;
    },

    deleteNpsResponse: (engagementId, responseId) =>
      removeWithUndo(toast, {
        remove: () => invoke('nps:delete', { engagementId, responseId }),
        failure: 'Could not delete the response',
        removed: () => {
          withSection(engagementId, (s) => ({ ...s, nps: s.nps.filter((r) => r.id !== responseId) }));
          refreshNps();
        },
        message: ({ response }) => `Deleted a response (score ${response.score}).`,
        restore: ({ response, index }) => invoke('nps:restore', { engagementId, response, index }),
        restoreFailure: 'Could not restore the response',
        restored: () => reload(engagementId),
      }),

    loadNpsOverTime: async () => {
      const points = await attempt(toast, 'Could not load the NPS of other engagements', () =>
        invoke('nps:overTime', {}),
      );
      if (points) set({ npsOverTime: points });
    },

    ...npsImportActions({ withSection, toast, refreshNps, reload }),

    exportProjectRetro: async (engagementId, format) => {
      const result = await attempt(toast, 'Export failed', () => invoke('project:export', { engagementId, format }));
      if (result?.path) toast({ tone: 'info', message: `Exported the project retro to ${result.path}.` });
    },
  };
};
