import { lazy } from 'react';

/**
 * Screens loaded when first opened, not at start-up: the start view (the engagements
 * list) needs none of them, and the retro's editor (tiptap, ProseMirror) and the timeline
 * are most of the app's JavaScript. Each import() becomes its own chunk.
 */
export const RetroPage = lazy(() => import('./features/retro/RetroPage').then((m) => ({ default: m.RetroPage })));
export const RetrosPage = lazy(() => import('./features/retro/RetrosPage').then((m) => ({ default: m.RetrosPage })));
export const GoalsPage = lazy(() => import('./features/retro/GoalsPage').then((m) => ({ default: m.GoalsPage })));
export const TimelinePage = lazy(() => import('./features/timeline/TimelinePage').then((m) => ({ default: m.TimelinePage })));
export const ProjectRetroPage = lazy(() =>
  import('./features/project/ProjectRetroPage').then((m) => ({ default: m.ProjectRetroPage })),
);
export const PlannerPage = lazy(() => import('./features/planner/PlannerPage').then((m) => ({ default: m.PlannerPage })));
export const PlannerView = lazy(() => import('./features/planner/PlannerView').then((m) => ({ default: m.PlannerView })));
export const OutboxPage = lazy(() => import('./features/mail/OutboxPage').then((m) => ({ default: m.OutboxPage })));
export const SettingsPage = lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
