import type { Settings } from '../../../shared/model/settings';
import { useAppStore } from '../../store';
import { editSettings } from './settingsAutosave';

/** What each settings section gets: the form as typed, its errors, and a way to change it (saved as you go). */
export interface SettingsSectionProps {
  draft: Settings;
  errors: Record<string, string>;
  set: (patch: Partial<Settings>) => void;
}

export function useSettingsForm(): SettingsSectionProps {
  const draft = useAppStore((s) => s.settingsEdit.draft ?? s.settings);
  const errors = useAppStore((s) => s.settingsEdit.errors);
  return { draft, errors, set: editSettings };
}
