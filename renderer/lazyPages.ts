import { lazy } from 'react';

/**
 * Screens loaded when first opened, not at start-up: the start view ("This week") needs
 * none of them, and the rich-text editor (tiptap, ProseMirror: retros, the project retro,
 * the one-pager, kick-off and check-in notes) and the timeline are most of the app's
 * JavaScript. Each import() becomes its own chunk. The bench checks the start stays small.
 */
export const RetroPage = lazy(() => import('./features/retro/RetroPage').then((m) => ({ default: m.RetroPage })));
export const RetrosPage = lazy(() => import('./features/retro/RetrosPage').then((m) => ({ default: m.RetrosPage })));
export const GoalsPage = lazy(() => import('./features/retro/GoalsPage').then((m) => ({ default: m.GoalsPage })));
export const TimelinePage = lazy(() =>
  import('./features/timeline/TimelinePage').then((m) => ({ default: m.TimelinePage })),
);
export const ProjectRetroPage = lazy(() =>
  import('./features/project/ProjectRetroPage').then((m) => ({ default: m.ProjectRetroPage })),
);
export const PlannerPage = lazy(() =>
  import('./features/planner/PlannerPage').then((m) => ({ default: m.PlannerPage })),
);
export const PlannerView = lazy(() =>
  import('./features/planner/PlannerView').then((m) => ({ default: m.PlannerView })),
);
export const OutboxPage = lazy(() => import('./features/mail/OutboxPage').then((m) => ({ default: m.OutboxPage })));
export const ActionsPage = lazy(() =>
  import('./features/actions/ActionsPage').then((m) => ({ default: m.ActionsPage })),
);
export const SearchPage = lazy(() => import('./features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
export const SettingsPage = lazy(() =>
  import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
export const SourcingPage = lazy(() =>
  import('./features/phases/SourcingPage').then((m) => ({ default: m.SourcingPage })),
);
export const PlanningPage = lazy(() =>
  import('./features/phases/PlanningPage').then((m) => ({ default: m.PlanningPage })),
);
export const WrapUpPage = lazy(() => import('./features/phases/WrapUpPage').then((m) => ({ default: m.WrapUpPage })));
