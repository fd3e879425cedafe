import type { StateCreator } from 'zustand';
import type { NpsPoint } from '../../shared/ipc';
import type { NoteDoc } from '../../shared/model/note';
import type { Milestone, MilestoneInput, NpsInput, ProjectNoteSection, ProjectPatch, ProjectSection } from '../../shared/model/projectRetro';
import { invoke, messageOf } from '../api';
import type { AppState } from './index';

export interface ProjectSlice {
  /** Milestones, MVP target, project retro and NPS per engagement id, loaded on first use. */
  projectData: Record<string, ProjectSection>;
  projectLoadError: Record<string, string>;
  /** Every engagement's NPS by end date; null until loaded. */
  npsOverTime: NpsPoint[] | null;
  loadProject: (engagementId: string) => Promise<void>;
  updateProject: (engagementId: string, patch: ProjectPatch) => Promise<void>;
  /** Called by autosave after main accepted a project-retro note. */
  projectNoteSaved: (engagementId: string, section: ProjectNoteSection, doc: NoteDoc, updatedAt: string) => void;
  saveMilestone: (engagementId: string, milestoneId: string | null, input: MilestoneInput) => Promise<Milestone | null>;
  deleteMilestone: (engagementId: string, milestoneId: string) => Promise<void>;
  addNpsResponse: (engagementId: string, input: NpsInput) => Promise<boolean>;
  deleteNpsResponse: (engagementId: string, responseId: string) => Promise<void>;
  loadNpsOverTime: () => Promise<void>;
  exportProjectRetro: (engagementId: string, format: 'html' | 'markdown') => Promise<void>;
}

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set, get) => {
  const withSection = (engagementId: string, change: (section: ProjectSection) => ProjectSection) =>
    set((state) => {
      const section = state.projectData[engagementId];
      return section ? { projectData: { ...state.projectData, [engagementId]: change(section) } } : {};
    });
  const fail = (what: string, error: unknown) => get().pushToast({ tone: 'error', message: `${what}: ${messageOf(error)}` });
  const reload = (engagementId: string) => {
    void get().loadProject(engagementId);
    if (get().npsOverTime !== null) void get().loadNpsOverTime();
  };

  return {
    projectData: {},
    projectLoadError: {},
    npsOverTime: null,

    loadProject: async (engagementId) => {
      try {
        const section = await invoke('project:get', { engagementId });
        set((state) => ({
          projectData: { ...state.projectData, [engagementId]: section },
          projectLoadError: Object.fromEntries(Object.entries(state.projectLoadError).filter(([k]) => k !== engagementId)),
        }));
      } catch (error) {
        set((state) => ({ projectLoadError: { ...state.projectLoadError, [engagementId]: messageOf(error) } }));
      }
    },

    updateProject: async (engagementId, patch) => {
      try {
        const section = await invoke('project:update', { engagementId, patch });
        withSection(engagementId, () => section);
      } catch (error) {
        fail('Not saved', error);
      }
    },

    projectNoteSaved: (engagementId, section, doc, updatedAt) =>
      withSection(engagementId, (s) => ({ ...s, retro: { ...s.retro, updatedAt, notes: { ...s.retro.notes, [section]: doc } } })),

    saveMilestone: async (engagementId, milestoneId, input) => {
      try {
        const milestone = await invoke('milestones:save', { engagementId, milestoneId, input });
        withSection(engagementId, (s) => ({
          ...s,
          milestones: s.milestones.some((m) => m.id === milestone.id)
            ? s.milestones.map((m) => (m.id === milestone.id ? milestone : m))
            : [...s.milestones, milestone],
        }));
        return milestone;
      } catch (error) {
        fail('Milestone not saved', error);
        return null;
      }
    },

    deleteMilestone: async (engagementId, milestoneId) => {
      try {
        const { milestone, index } = await invoke('milestones:delete', { engagementId, milestoneId });
        withSection(engagementId, (s) => ({ ...s, milestones: s.milestones.filter((m) => m.id !== milestoneId) }));
        get().pushToast({
          tone: 'info',
          message: `Deleted the milestone “${milestone.title}”.`,
          action: {
            label: 'Undo',
            run: () => {
              invoke('milestones:restore', { engagementId, milestone, index })
                .then(() => reload(engagementId))
                .catch((error: unknown) => fail('Could not restore the milestone', error));
            },
          },
        });
      } catch (error) {
        fail('Could not delete the milestone', error);
      }
    },

    addNpsResponse: async (engagementId, input) => {
      try {
        const response = await invoke('nps:add', { engagementId, input });
        withSection(engagementId, (s) => ({ ...s, nps: [...s.nps, response] }));
        if (get().npsOverTime !== null) void get().loadNpsOverTime();
        return true;
      } catch (error) {
        fail('Response not saved', error);
        return false;
      }
    },

    deleteNpsResponse: async (engagementId, responseId) => {
      try {
        const { response, index } = await invoke('nps:delete', { engagementId, responseId });
        withSection(engagementId, (s) => ({ ...s, nps: s.nps.filter((r) => r.id !== responseId) }));
        if (get().npsOverTime !== null) void get().loadNpsOverTime();
        get().pushToast({
          tone: 'info',
          message: `Deleted a response (score ${response.score}).`,
          action: {
            label: 'Undo',
            run: () => {
              invoke('nps:restore', { engagementId, response, index })
                .then(() => reload(engagementId))
                .catch((error: unknown) => fail('Could not restore the response', error));
            },
          },
        });
      } catch (error) {
        fail('Could not delete the response', error);
      }
    },

    loadNpsOverTime: async () => {
      try {
        set({ npsOverTime: await invoke('nps:overTime', {}) });
      } catch (error) {
        fail('Could not load the NPS of other engagements', error);
      }
    },

    exportProjectRetro: async (engagementId, format) => {
      try {
        const { path } = await invoke('project:export', { engagementId, format });
        if (path) get().pushToast({ tone: 'info', message: `Exported the project retro to ${path}.` });
      } catch (error) {
        fail('Export failed', error);
      }
    },
  };
};
