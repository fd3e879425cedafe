import type { StateCreator } from 'zustand';
import type { RequestOf, ResponseOf } from '../../shared/ipc';
import type { ConflictView, TeamIdentity, TeamStatus } from '../../shared/ipc/team';
import { invoke, messageOf } from '../api';
import type { AppState } from './index';
import { attempt, formSave, type FormResult } from './writes';

export type TeamNpsPoint = ResponseOf<'team:nps'>[number];
export type MoveTarget = RequestOf<'team:move'>['to'];

/** No workspace on this laptop: what the app shows until main says otherwise. */
export const NO_TEAM: TeamStatus = {
  state: 'none',
  workspace: null,
  identity: null,
  toSend: 0,
  conflicts: 0,
  lastSyncAt: null,
  message: null,
  kept: [],
};

/** The create and join forms nest the identity ("identity.email"); the forms' fields are flat. */
export function teamFormField(path: string): string {
  return path.replace(/^identity\.?/, '') || '_';
}

/** The team workspace (issue 15): its status as main last told it, and the writes that change it. */
export interface TeamSlice {
  team: TeamStatus;
  /** Why main could not say how the workspace stands (null when it could). */
  teamError: string | null;
  /** The conflict view is open (from the sync status, the palette). */
  conflictsOpen: boolean;
  /** The conflicts as main listed them last; null until asked. */
  conflicts: ConflictView[] | null;
  conflictsError: string | null;
  /** The team's NPS responses across the workspace; null until asked. */
  teamNps: TeamNpsPoint[] | null;
  setTeamStatus: (status: TeamStatus) => void;
  loadTeamStatus: () => Promise<void>;
  /** Commits, pulls, merges and pushes; the status shows how it went (a failure too). */
  syncTeam: () => Promise<void>;
  /** Asks for a folder (the system's dialog); null when cancelled or when it could not open (after a notice). */
  chooseTeamFolder: () => Promise<string | null>;
  /** Creating or joining answers with the workspace; the list then shows its engagements. */
  createTeam: (request: RequestOf<'team:create'>) => Promise<FormResult<TeamStatus>>;
  joinTeam: (request: RequestOf<'team:join'>) => Promise<FormResult<TeamStatus>>;
  setTeamIdentity: (identity: TeamIdentity) => Promise<FormResult<TeamStatus>>;
  /** Moves an engagement into the workspace or back to this laptop; false (after a notice) when refused. */
  moveEngagement: (engagementId: string, to: MoveTarget) => Promise<boolean>;
  setConflictsOpen: (open: boolean) => void;
  loadConflicts: () => Promise<void>;
  resolveConflict: (request: RequestOf<'team:resolve'>) => Promise<FormResult<TeamStatus>>;
  loadTeamNps: () => Promise<void>;
}

export const createTeamSlice: StateCreator<AppState, [], [], TeamSlice> = (set, get) => {
  const toast = (t: Parameters<AppState['pushToast']>[0]) => get().pushToast(t);
  /** A write answered with the new status: show it everywhere. */
  const applied = (result: FormResult<TeamStatus>): FormResult<TeamStatus> => {
    if (result.ok) get().setTeamStatus(result.value);
    return result;
  };
  /** A workspace was created or joined: its engagements (a clone brings the team's) join the list. */
  const opened = (result: FormResult<TeamStatus>): FormResult<TeamStatus> => {
    if (applied(result).ok) void get().loadList();
    return result;
  };
  return {
    team: NO_TEAM,
    teamError: null,
    conflictsOpen: false,
    conflicts: null,
    conflictsError: null,
    teamNps: null,
    setTeamStatus: (team) => set({ team, teamError: null }),
    loadTeamStatus: async () => {
      try {
        get().setTeamStatus(await invoke('team:status', {}));
      } catch (error) {
        // Shown in Settings › Team, not as a notice at every start: the rest of the app works without it.
        set({ teamError: messageOf(error) });
      }
    },
    syncTeam: async () => {
      const before = get().team;
      if (before.state === 'none' || before.state === 'syncing') return;
      // At once, before main's first event: the click is seen to do something.
      set({ team: { ...before, state: 'syncing', message: null } });
      const status = await attempt(toast, 'Could not sync with the team', () => invoke('team:sync', {}));
      if (status) {
        get().setTeamStatus(status);
        return;
      }
      // Not "Syncing…" forever: the status from before, then main's own if it can still say.
      set({ team: before });
      await get().loadTeamStatus();
    },
    chooseTeamFolder: async () => {
      const chosen = await attempt(toast, 'Could not open the folder dialog', () => invoke('team:chooseFolder', {}));
      return chosen?.dir ?? null;
    },
    createTeam: async (request) => opened(await formSave(() => invoke('team:create', request), teamFormField)),
    joinTeam: async (request) => opened(await formSave(() => invoke('team:join', request), teamFormField)),
    setTeamIdentity: async (identity) => applied(await formSave(() => invoke('team:setIdentity', identity))),
    moveEngagement: async (engagementId, to) => {
      const failure = to === 'workspace' ? 'Could not share the engagement' : 'Could not keep the engagement here';
      const status = await attempt(toast, failure, () => invoke('team:move', { engagementId, to }));
      if (!status) return false;
      get().setTeamStatus(status);
      return true;
    },
    // Opening asks for the list afresh: one settled since is not shown again, even for a moment.
    setConflictsOpen: (conflictsOpen) =>
      set(conflictsOpen ? { conflictsOpen, conflicts: null, conflictsError: null } : { conflictsOpen }),
    loadConflicts: async () => {
      try {
        set({ conflicts: await invoke('team:conflicts', {}), conflictsError: null });
      } catch (error) {
        set({ conflictsError: messageOf(error) });
      }
    },
    resolveConflict: async (request) => applied(await formSave(() => invoke('team:resolve', request))),
    loadTeamNps: async () => {
      const points = await attempt(toast, 'The team’s NPS could not be loaded', () => invoke('team:nps', {}));
      if (points) set({ teamNps: points });
    },
  };
};
