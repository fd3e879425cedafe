import { create } from 'zustand';
import { createEngagementsSlice, type EngagementsSlice } from './engagementsSlice';
import { createMailSlice, type MailSlice } from './mailSlice';
import { createPlannerSlice, type PlannerSlice } from './plannerSlice';
import { createProjectSlice, type ProjectSlice } from './projectSlice';
import { createRetroSlice, type RetroSlice } from './retroSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

import { createLifecycleSlice, type LifecycleSlice } from './lifecycleSlice';

export type AppState = UiSlice & EngagementsSlice & RetroSlice & MailSlice & PlannerSlice & ProjectSlice & LifecycleSlice;

/** One store, built from slices once. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createUiSlice(...args),
  ...createEngagementsSlice(...args),
  ...createRetroSlice(...args),
  ...createMailSlice(...args),
  ...createPlannerSlice(...args),
  ...createProjectSlice(...args),
  ...createLifecycleSlice(...args),
}));
