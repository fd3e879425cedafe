import { THEMES, type Theme } from '../../../shared/model/settings';
import { Field } from '../../components/Field';
import type { SettingsSectionProps } from './useSettingsDraft';

const THEME_LABELS: Record<Theme, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

/** Settings › Appearance: the theme, which a projector may want light whatever the laptop says. */
export function AppearanceSettings({ draft, errors, set }: SettingsSectionProps) {
  return (
    <section className="form__section" aria-labelledby="settings-appearance">
      <h2 id="settings-appearance" className="form__section-title">
        Appearance
      </h2>
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
    </section>
  );
}
