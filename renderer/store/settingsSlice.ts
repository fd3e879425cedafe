import type { StateCreator } from 'zustand';
import type { Settings } from '../../shared/model/settings';
import { invoke } from '../api';
import type { AppState } from './index';
import type { FieldErrors, SettingKey, SettingsChange } from './settingsEdits';
import { attempt } from './writes';

/**
 * The Settings form between saves (features/settings/settingsAutosave.ts saves it). Kept in
 * the store, not the page, so a value that cannot be saved yet is still there, with its
 * error, after a visit to another screen.
 */
export interface SettingsEdit {
  /** The form as typed (a number field may be NaN); null while it shows the saved settings. */
  draft: Settings | null;
  /** The settings the user changed and that are not saved yet. */
  touched: SettingKey[];
  errors: FieldErrors;
  /** What Undo takes back. */
  lastChange: SettingsChange | null;
  /** The last save's notice: the next save replaces it rather than piling up notices. */
  toastId: number | null;
}

export const NO_SETTINGS_EDIT: SettingsEdit = { draft: null, touched: [], errors: {}, lastChange: null, toastId: null };

export interface SettingsSlice {
  settingsEdit: SettingsEdit;
  setSettingsEdit: (patch: Partial<SettingsEdit>) => void;
  /** For autosave: saves the playbook's numbers (the whole app uses them at once); throws when not saved. */
  updateSettings: (settings: Settings) => Promise<Settings>;
  openDataFolder: () => Promise<void>;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  settingsEdit: NO_SETTINGS_EDIT,
  setSettingsEdit: (patch) => set((state) => ({ settingsEdit: { ...state.settingsEdit, ...patch } })),

  updateSettings: async (settings) => {
    const saved = await invoke('settings:update', settings);
    get().setSettings(saved);
    return saved;
  },

  openDataFolder: async () => {
    await attempt(
      (t) => get().pushToast(t),
      'Could not open the data folder',
      () => invoke('app:openDataFolder', {}),
    );
  },
});
