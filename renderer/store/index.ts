import { create } from 'zustand';
import { createActionsSlice, type ActionsSlice } from './actionsSlice';
import { createEngagementsSlice, type EngagementsSlice } from './engagementsSlice';
import { createKeyboardSlice, type KeyboardSlice } from './keyboardSlice';
import { createLifecycleSlice, type LifecycleSlice } from './lifecycleSlice';
import { createLoaderSlice, type LoaderSlice } from './loader';
import { createMailSlice, type MailSlice } from './mailSlice';
import { createPdfSlice, type PdfSlice } from './pdfSlice';
import { createPlannerSlice, type PlannerSlice } from './plannerSlice';
import { createProjectSlice, type ProjectSlice } from './projectSlice';
import { createRetroSlice, type RetroSlice } from './retroSlice';
import { createSampleSlice, type SampleSlice } from './sampleSlice';
import { createSearchSlice, type SearchSlice } from './searchSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createTeamSlice, type TeamSlice } from './teamSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = UiSlice &
  LoaderSlice &
  EngagementsSlice &
  RetroSlice &
  MailSlice &
  PlannerSlice &
  ProjectSlice &
  LifecycleSlice &
  SettingsSlice &
  SearchSlice &
  ActionsSlice &
  KeyboardSlice &
  PdfSlice &
  SampleSlice &
  TeamSlice;

/** One store, built from slices once. Every write to main goes through one of its actions. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createUiSlice(...args),
  ...createLoaderSlice(...args),
  ...createEngagementsSlice(...args),
  ...createRetroSlice(...args),
  ...createMailSlice(...args),
  ...createPlannerSlice(...args),
  ...createProjectSlice(...args),
  ...createLifecycleSlice(...args),
  ...createSettingsSlice(...args),
  ...createSearchSlice(...args),
  ...createActionsSlice(...args),
  ...createKeyboardSlice(...args),
  ...createPdfSlice(...args),
  ...createSampleSlice(...args),
  ...createTeamSlice(...args),
}));
