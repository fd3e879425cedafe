import type { StateCreator } from 'zustand';
import type { ResponseOf } from '../../shared/ipc';
import type { PlannerScope, Ritual, WeekPlan } from '../../shared/model/planner';
import { weekKeyOfDate, type WeekKey } from '../../shared/week';
import { ApiError, invoke, messageOf } from '../api';
import type { AppState } from './index';

export type PlannerData = ResponseOf<'planner:get'>;

/** Plain weeks share one key; an engagement's data is under its id. */
export function scopeKey(scope: PlannerScope): string {
  return scope.kind === 'plain' ? 'plain' : scope.id;
}

export interface PlannerSlice {
  /** The week on screen. */
  plannerWeek: WeekKey;
  /** The engagement the user picked when several run in the same week. */
  plannerChoice: string | null;
  plannerData: Record<string, PlannerData>;
  plannerErrors: Record<string, string>;
  /** Saves sent and not answered yet: the UI says "Saving…" until this is 0. */
  plannerPending: number;
  setPlannerWeek: (week: WeekKey) => void;
  choosePlannerEngagement: (id: string) => void;
  loadPlanner: (scope: PlannerScope) => Promise<void>;
  /** Shows the change at once and saves it; on failure reloads what main has. */
  savePlannerWeek: (scope: PlannerScope, week: WeekKey, plan: WeekPlan) => Promise<void>;
  resetPlannerWeek: (scope: PlannerScope, week: WeekKey) => Promise<void>;
  /** Resolves to field errors (empty when saved). */
  savePlannerRitual: (engagementId: string, ritual: Ritual) => Promise<Record<string, string>>;
  deletePlannerRitual: (engagementId: string, ritual: Ritual) => Promise<void>;
  exportPlannerWeek: (scope: PlannerScope, week: WeekKey) => Promise<void>;
}

export const createPlannerSlice: StateCreator<AppState, [], [], PlannerSlice> = (set, get) => {
  const track = async <T>(work: () => Promise<T>): Promise<T> => {
    set((s) => ({ plannerPending: s.plannerPending + 1 }));
    try {
      return await work();
    } finally {
      set((s) => ({ plannerPending: s.plannerPending - 1 }));
    }
  };
  const patchData = (scope: PlannerScope, patch: (data: PlannerData) => PlannerData) =>
    set((s) => {
      const key = scopeKey(scope);
      const data = s.plannerData[key];
      return data ? { plannerData: { ...s.plannerData, [key]: patch(data) } } : {};
    });

  return {
    plannerWeek: weekKeyOfDate(new Date()),
    plannerChoice: null,
    plannerData: {},
    plannerErrors: {},
    plannerPending: 0,

    setPlannerWeek: (week) => set({ plannerWeek: week }),
    choosePlannerEngagement: (id) => set({ plannerChoice: id }),

    loadPlanner: async (scope) => {
      const key = scopeKey(scope);
      try {
        const data = await invoke('planner:get', { scope });
        set((s) => ({
          plannerData: { ...s.plannerData, [key]: data },
          plannerErrors: Object.fromEntries(Object.entries(s.plannerErrors).filter(([k]) => k !== key)),
        }));
      } catch (error) {
        set((s) => ({ plannerErrors: { ...s.plannerErrors, [key]: messageOf(error) } }));
      }
    },

    savePlannerWeek: async (scope, week, plan) => {
      patchData(scope, (data) => ({ ...data, weeks: { ...data.weeks, [week]: plan } }));
      try {
        await track(() => invoke('planner:saveWeek', { scope, week, plan }));
      } catch (error) {
        get().pushToast({ tone: 'error', message: `The week was not saved: ${messageOf(error)}` });
        await get().loadPlanner(scope);
      }
    },

    resetPlannerWeek: async (scope, week) => {
      const before = get().plannerData[scopeKey(scope)]?.weeks[week];
      patchData(scope, (data) => ({ ...data, weeks: Object.fromEntries(Object.entries(data.weeks).filter(([k]) => k !== week)) }));
      try {
        await track(() => invoke('planner:resetWeek', { scope, week }));
        get().pushToast({
          tone: 'info',
          message: 'The week is back to the template.',
          ...(before ? { action: { label: 'Undo', run: () => void get().savePlannerWeek(scope, week, before) } } : {}),
        });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `The week was not reset: ${messageOf(error)}` });
        await get().loadPlanner(scope);
      }
    },

    savePlannerRitual: async (engagementId, ritual) => {
      try {
        const rituals = await track(() => invoke('planner:saveRitual', { engagementId, ritual }));
        patchData({ kind: 'engagement', id: engagementId }, (data) => ({ ...data, rituals }));
        return {};
      } catch (error) {
        if (error instanceof ApiError && error.code === 'invalid-payload' && Object.keys(error.fieldErrors).length > 0) {
          // The contract nests the ritual: show "ritual.name" beside "name".
          return Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k.replace(/^ritual\./, ''), v]));
        }
        return { _: messageOf(error) };
      }
    },

    deletePlannerRitual: async (engagementId, ritual) => {
      try {
        const rituals = await track(() => invoke('planner:deleteRitual', { engagementId, ritualId: ritual.id }));
        patchData({ kind: 'engagement', id: engagementId }, (data) => ({ ...data, rituals }));
        get().pushToast({
          tone: 'info',
          message: `Removed “${ritual.name}”.`,
          action: { label: 'Undo', run: () => void get().savePlannerRitual(engagementId, ritual) },
        });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not remove the ritual: ${messageOf(error)}` });
      }
    },

    exportPlannerWeek: async (scope, week) => {
      try {
        const result = await track(() => invoke('planner:exportWeek', { scope, week }));
        if (result.path === null) return;
        const events = result.events === 1 ? '1 event' : `${result.events} events`;
        get().pushToast({ tone: 'info', message: `Exported ${events} to ${result.path}.` });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `The calendar file was not saved: ${messageOf(error)}` });
      }
    },
  };
};
