import type { StateCreator } from 'zustand';
import type { StartupProblem } from '../../shared/ipc';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/model/settings';
import { SCREENS, type ScreenId } from '../../shared/screens';
import { invoke } from '../api';
import type { AppState } from './index';

/** A top-level screen, one of shared/screens.ts. */
export interface ScreenView {
  kind: ScreenId;
}

export type View =
  | ScreenView
  | { kind: 'new' }
  | { kind: 'engagement'; id: string; section: EngagementSection }
  /**
   * `readOnly`: opened from the timeline, to look back rather than to edit. `compose`: opened
   * to email its notes (the command palette's "Email the last retro's notes").
   */
  | { kind: 'retro'; engagementId: string; retroId: string; readOnly?: boolean; compose?: boolean };

export function isScreenView(view: View): view is ScreenView {
  return SCREENS.some((screen) => screen.id === view.kind);
}

/** An engagement's sections; each later feature adds its own. */
export const ENGAGEMENT_SECTIONS = [
  { id: 'overview', label: 'Overview' },
  { id: 'details', label: 'Details' },
  { id: 'sourcing', label: 'Sourcing' },
  { id: 'planning', label: 'Planning' },
  { id: 'planner', label: 'Planner' },
  { id: 'goals', label: 'Goals' },
  { id: 'retros', label: 'Retros' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'project', label: 'Project retro' },
  { id: 'wrap-up', label: 'Wrap-up' },
] as const;
export type EngagementSection = (typeof ENGAGEMENT_SECTIONS)[number]['id'];

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  createdAt: number;
  action?: { label: string; run: () => void };
}

export interface UiSlice {
  view: View;
  settings: Settings;
  dataDir: string;
  problems: StartupProblem[];
  toasts: Toast[];
  navigate: (view: View) => void;
  setStartup: (report: { dataDir: string; problems: StartupProblem[] }, settings: Settings) => void;
  setSettings: (settings: Settings) => void;
  dismissProblems: () => void;
  /** Reads main's problems again: a sync or an outside change may have set a record aside since start-up. */
  refreshProblems: () => Promise<void>;
  pushToast: (toast: Omit<Toast, 'id' | 'createdAt'>) => number;
  dismissToast: (id: number) => void;
}

let nextToastId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  // The app opens on "This week": what needs doing now, across all engagements.
  view: { kind: 'home' },
  settings: DEFAULT_SETTINGS,
  dataDir: '',
  problems: [],
  toasts: [],
  // A search result's highlight belongs to the screen it opened: moving on clears it.
  navigate: (view) => set({ view, searchFocus: null }),
  setStartup: (report, settings) => set({ dataDir: report.dataDir, problems: report.problems, settings }),
  setSettings: (settings) => set({ settings }),
  refreshProblems: async () => {
    try {
      const report = await invoke('app:startupReport', {});
      set({ problems: report.problems });
    } catch {
      // The banner keeps what it showed; the next sync or start reads them again.
    }
  },
  dismissProblems: () => {
    set({ problems: [] });
    // Main forgets the problems it kept from earlier starts; a failure only means they show again next time.
    void invoke('app:dismissProblems', {}).catch(() => undefined);
  },
  pushToast: (toast) => {
    const id = nextToastId++;
    set((state) => ({ toasts: [...state.toasts.slice(-2), { ...toast, id, createdAt: Date.now() }] }));
    return id;
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
});
