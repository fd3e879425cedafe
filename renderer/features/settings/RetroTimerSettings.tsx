import { RETRO_STEP_LABELS, RETRO_STEPS } from '../../../shared/model/retroSteps';
import { SettingsGroup } from './SettingsSection';
import { WholeNumberInput } from './settingsFields';
import type { SettingsSectionProps } from './useSettingsForm';

/**
 * Settings › Retros & timer › Retro timer: minutes per step of the weekly retro. The schema's messages say
 * "A step"; each field's error names its own step instead, so the user knows which one.
 */
export function RetroTimerSettings({ draft, errors, set }: SettingsSectionProps) {
  const minutes = draft.retroPhaseMinutes;
  const total = minutes.reduce((sum, m) => sum + (Number.isNaN(m) ? 0 : m), 0);
  const setStep = (index: number, value: number) =>
    set({ retroPhaseMinutes: minutes.map((m, i) => (i === index ? value : m)) });
  return (
    <SettingsGroup id="settings-retro-timer" title="Retro timer">
      <div className="form__grid">
        {RETRO_STEPS.map((step, index) => {
          const label = RETRO_STEP_LABELS[step];
          const error = errors[`retroPhaseMinutes.${index}`]?.replace(/^A step/, label);
          const value = minutes[index] ?? Number.NaN;
          return (
            <WholeNumberInput
              key={step}
              label={`${label} (minutes)`}
              error={error}
              value={value}
              min={1}
              max={60}
              onChange={(next) => setStep(index, next)}
            />
          );
        })}
      </div>
      <p className="field__hint" role="status" data-testid="retro-timer-total">
        {total} minutes in all{errors['retroPhaseMinutes'] ? ` · ${errors['retroPhaseMinutes']}` : ''}
      </p>
    </SettingsGroup>
  );
}
