import type { StateCreator } from 'zustand';
import type { ActionRow } from '../../shared/retro/openActions';
import { invoke, messageOf } from '../api';
import type { AppState } from './index';

export interface ActionsSlice {
  /** Every action item across engagements, as of `actionsDay`; null until loaded. */
  actionRows: ActionRow[] | null;
  actionsDay: string | null;
  actionsError: string | null;
  loadActions: (today: string) => Promise<void>;
  /** Ticks an item off (or on again) in its retro, then shows the list as main has it. */
  setActionDone: (row: ActionRow, done: boolean) => Promise<void>;
}

export const createActionsSlice: StateCreator<AppState, [], [], ActionsSlice> = (set, get) => ({
  actionRows: null,
  actionsDay: null,
  actionsError: null,
  loadActions: async (today) => {
    try {
      set({ actionRows: await invoke('actions:list', { today }), actionsDay: today, actionsError: null });
    } catch (error) {
      set({ actionsError: messageOf(error) });
    }
  },
  setActionDone: async (row, done) => {
    // The box answers at once; main's list, loaded after the write, confirms it (or puts it back).
    const same = (r: ActionRow) => r.engagementId === row.engagementId && r.itemId === row.itemId;
    const closedOn = done ? get().actionsDay : null;
    set((state) => ({
      actionRows: state.actionRows?.map((r) => (same(r) ? { ...r, checked: done, closedOn } : r)) ?? null,
    }));
    // The retro's own action: it also updates the retro where it is loaded, so it shows done there.
    await get().setActionItemDone(row.engagementId, row.retroId, row.itemId, done);
    await get().loadActions(get().actionsDay ?? row.retroDate);
  },
});
