import type { StateCreator } from 'zustand';
import type { PlannerScope, Ritual, WeekPlan } from '../../shared/model/planner';
import { weekKeyOfDate, type WeekKey } from '../../shared/week';
import { invoke } from '../api';
import type { AppState } from './index';
import { PLAIN_KEY, type Loaded } from './loader';
import { attempt, formSave, undoToast } from './writes';

export type PlannerData = Loaded<'planner'>;

/** Plain weeks share one key; an engagement's data is under its id (the loader's `planner` key). */
export function scopeKey(scope: PlannerScope): string {
  return scope.kind === 'plain' ? PLAIN_KEY : scope.id;
}

export interface PlannerSlice {
  /** The week on screen. */
  plannerWeek: WeekKey;
  /** The engagement the user picked when several run in the same week. */
  plannerChoice: string | null;
  /** Saves sent and not answered yet: the UI says "Saving…" until this is 0. */
  plannerPending: number;
  setPlannerWeek: (week: WeekKey) => void;
  choosePlannerEngagement: (id: string) => void;
  /** Shows the change at once and saves it; on failure reloads what main has. */
  savePlannerWeek: (scope: PlannerScope, week: WeekKey, plan: WeekPlan) => Promise<void>;
  resetPlannerWeek: (scope: PlannerScope, week: WeekKey) => Promise<void>;
  /** Resolves to field errors (empty when saved). */
  savePlannerRitual: (engagementId: string, ritual: Ritual) => Promise<Record<string, string>>;
  deletePlannerRitual: (engagementId: string, ritual: Ritual) => Promise<void>;
  exportPlannerWeek: (scope: PlannerScope, week: WeekKey) => Promise<void>;
}

export const createPlannerSlice: StateCreator<AppState, [], [], PlannerSlice> = (set, get) => {
  const toast = (t: Parameters<AppState['pushToast']>[0]) => get().pushToast(t);
  const track = async <T>(work: () => Promise<T>): Promise<T> => {
    set((s) => ({ plannerPending: s.plannerPending + 1 }));
    try {
      return await work();
    } finally {
      set((s) => ({ plannerPending: s.plannerPending - 1 }));
    }
  };
  const patchData = (scope: PlannerScope, patch: (data: PlannerData) => PlannerData) =>
    get().change('planner', scopeKey(scope), patch);
  const setRituals = (engagementId: string, rituals: Ritual[]) =>
    patchData({ kind: 'engagement', id: engagementId }, (data) => ({ ...data, rituals }));

  return {
    plannerWeek: weekKeyOfDate(new Date()),
    plannerChoice: null,
    plannerPending: 0,

    setPlannerWeek: (week) => set({ plannerWeek: week }),
    choosePlannerEngagement: (id) => set({ plannerChoice: id }),

    savePlannerWeek: async (scope, week, plan) => {
      patchData(scope, (data) => ({ ...data, weeks: { ...data.weeks, [week]: plan } }));
      const saved = await attempt(toast, 'The week was not saved', () =>
        track(() => invoke('planner:saveWeek', { scope, week, plan })),
      );
      if (saved === null) await get().load('planner', scopeKey(scope));
    },

    resetPlannerWeek: async (scope, week) => {
      const before = get().dataOf('planner', scopeKey(scope))?.weeks[week];
      patchData(scope, (data) => ({
        ...data,
        weeks: Object.fromEntries(Object.entries(data.weeks).filter(([k]) => k !== week)),
      }));
      const reset = await attempt(toast, 'The week was not reset', () =>
        track(() => invoke('planner:resetWeek', { scope, week })),
      );
      if (reset === null) return get().load('planner', scopeKey(scope));
      const message = 'The week is back to the template.';
      toast(before ? undoToast(message, () => get().savePlannerWeek(scope, week, before)) : { tone: 'info', message });
    },

    savePlannerRitual: async (engagementId, ritual) => {
      // The contract nests the ritual: show "ritual.name" beside "name".
      const saved = await formSave(
        () => track(() => invoke('planner:saveRitual', { engagementId, ritual })),
        (k) => k.replace(/^ritual\./, ''),
      );
      if (!saved.ok) return saved.errors;
      setRituals(engagementId, saved.value);
      return {};
    },

    deletePlannerRitual: async (engagementId, ritual) => {
      const rituals = await attempt(toast, 'Could not delete the ritual', () =>
        track(() => invoke('planner:deleteRitual', { engagementId, ritualId: ritual.id })),
      );
      if (!rituals) return;
      setRituals(engagementId, rituals);
      toast(undoToast(`Deleted “${ritual.name}”.`, () => get().savePlannerRitual(engagementId, ritual)));
    },

    exportPlannerWeek: async (scope, week) => {
      const result = await attempt(toast, 'The calendar file was not saved', () =>
        track(() => invoke('planner:exportWeek', { scope, week })),
      );
      if (!result || result.path === null) return;
      const events = result.events === 1 ? '1 event' : `${result.events} events`;
      toast({ tone: 'info', message: `Exported ${events} to ${result.path}.` });
    },
  };
};
