import { THEMES, type Theme } from '../../../shared/model/settings';
import { Field } from '../../components/Field';
import type { SettingsSectionProps } from './useSettingsForm';

const THEME_LABELS: Record<Theme, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

/**
 * Settings › General: the theme (a projector may want light whatever the
 * laptop says), desktop notifications and spell checking.
 */
export function GeneralSettings({ draft, errors, set }: SettingsSectionProps) {
  return (
    <>
      <div className="form__grid">
        <Field label="Theme" error={errors['theme']} hint="Light reads best on most projectors.">
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              className="input"
              value={draft.theme}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => set({ theme: THEMES.find((t) => t === e.target.value) ?? 'system' })}
            >
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {THEME_LABELS[theme]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.notifications}
          onChange={(e) => set({ notifications: e.target.checked })}
        />
        Desktop notifications when a weekly retro is about to start and when a check-in is due
      </label>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.spellcheck}
            aria-describedby="settings-spellcheck-hint"
            onChange={(e) => set({ spellcheck: e.target.checked })}
          />
          Check spelling as you type
        </label>
        <p id="settings-spellcheck-hint" className="field__hint">
          Off by default. On Windows and Linux, turning it on downloads a spelling dictionary for your language from
          Google’s servers once; on macOS the system’s spell checker is used and nothing is downloaded.
        </p>
      </div>
    </>
  );
}
