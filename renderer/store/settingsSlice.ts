import type { StateCreator } from 'zustand';
import type { Settings } from '../../shared/model/settings';
import { invoke } from '../api';
import type { AppState } from './index';
import { attempt, formSave, type FormResult } from './writes';

export interface SettingsSlice {
  /** Saves the playbook's numbers; once main accepts them, the whole app uses them. */
  saveSettings: (settings: Settings) => Promise<FormResult<Settings>>;
  openDataFolder: () => Promise<void>;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (_set, get) => ({
  saveSettings: async (settings) => {
    const saved = await formSave(() => invoke('settings:update', settings));
    if (saved.ok) get().setSettings(saved.value);
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
