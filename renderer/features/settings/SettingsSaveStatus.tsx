import { useAppStore } from '../../store';
import { settingsStatusText, useSettingsSaveStatus } from './settingsAutosave';

/** "All changes saved", "Saving…", or why not: the settings form has no Save button. */
export function SettingsSaveStatus() {
  const status = useSettingsSaveStatus();
  const errors = useAppStore((s) => s.settingsEdit.errors);
  const failed = Object.keys(errors).length > 0 || status === 'error' || status === 'refused';
  return (
    <p
      className={`settings-save-status ${failed ? 'settings-save-status--failed' : ''}`}
      role="status"
      data-testid="settings-save-status"
    >
      {settingsStatusText(status, errors)}
    </p>
  );
}
