import { create } from 'zustand';
import { createEngagementsSlice, type EngagementsSlice } from './engagementsSlice';
import { createPlannerSlice, type PlannerSlice } from './plannerSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = UiSlice & EngagementsSlice & PlannerSlice;

/** One store, built from slices once. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createUiSlice(...args),
  ...createEngagementsSlice(...args),
  ...createPlannerSlice(...args),
}));
