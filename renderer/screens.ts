import type { ComponentType } from 'react';
import type { ScreenId } from '../shared/screens';
import { EngagementList } from './features/engagements/EngagementList';
import { CandidatesPage } from './features/phases/CandidatesPage';
import { HomePage } from './features/home/HomePage';
import { ActionsPage, OutboxPage, PlannerPage, SearchPage, SettingsPage } from './lazyPages';

/**
 * Each top-level screen's component, keyed by its id in shared/screens.ts (the data half, which
 * the main process reads for the menu). `satisfies` fails the build if a screen has no
 * component here or a component has no screen there.
 */
export const SCREEN_COMPONENTS = {
  home: HomePage,
  engagements: EngagementList,
  candidates: CandidatesPage,
  planner: PlannerPage,
  outbox: OutboxPage,
  search: SearchPage,
  actions: ActionsPage,
  settings: SettingsPage,
} satisfies Record<ScreenId, ComponentType>;
