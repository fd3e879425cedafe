import type { StateCreator } from 'zustand';
import { invoke } from '../api';
import type { AppState } from './index';
import { attempt, removeWithUndo } from './writes';

export interface SampleSlice {
  /** True while main seeds the sample (the button waits, so a second click cannot ask twice). */
  sampleBusy: boolean;
  /** Seeds the sample engagement in main and opens it. */
  trySample: () => Promise<void>;
  /** Removes the sample (an engagement delete), with Undo. */
  removeSample: (id: string) => Promise<void>;
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

export const createSampleSlice: StateCreator<AppState, [], [], SampleSlice> = (set, get) => {
  const toast = (t: Parameters<AppState['pushToast']>[0]) => get().pushToast(t);
  return {
    sampleBusy: false,

    trySample: async () => {
      if (get().sampleBusy) return;
      set({ sampleBusy: true });
      const sample = await attempt(toast, 'Could not add the sample', () => invoke('sample:create', {}));
      set({ sampleBusy: false });
      if (!sample) return;
      await get().loadList();
      await get().openEngagement(sample.id);
      toast({ tone: 'info', message: 'Added the sample engagement: a made-up quarter to look around in.' });
    },

    removeSample: (id) =>
      removeWithUndo(toast, {
        remove: () => invoke('engagements:delete', { id }),
        failure: 'Could not delete the sample',
        removed: async () => {
          set((state) => ({
            engagements: without(state.engagements, id),
            drafts: without(state.drafts, id),
            fieldErrors: without(state.fieldErrors, id),
          }));
          get().navigate({ kind: 'engagements' });
          await get().loadList();
        },
        message: () => 'Deleted the sample engagement.',
        restore: () => invoke('engagements:restore', { id }),
        restoreFailure: 'Could not bring the sample back',
        restored: async () => {
          await get().loadList();
          toast({ tone: 'info', message: 'The sample engagement is back.' });
        },
      }),
  };
};
