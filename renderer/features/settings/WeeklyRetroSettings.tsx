import { DaySelect, NumberSettingField, TimeSettingField } from './settingsFields';
import { SettingsGroup } from './SettingsSection';
import type { SettingsSectionProps } from './useSettingsForm';

/** Settings › Retros & timer › Weekly retro: its slot in the week (a working day) and its length. */
export function WeeklyRetroSettings(props: SettingsSectionProps) {
  const { draft, errors, set } = props;
  return (
    <SettingsGroup id="settings-weekly-retro" title="Weekly retro">
      <div className="form__grid">
        <DaySelect
          label="Weekly retro day"
          hint="Thursday lets Friday act on quick wins."
          value={draft.retroDay}
          error={errors['retroDay']}
          onChange={(retroDay) => set({ retroDay })}
        />
        <TimeSettingField {...props} setting="retroTime" label="Weekly retro time" />
        <NumberSettingField
          {...props}
          setting="retroMinutes"
          label="Weekly retro length (minutes)"
          hint="Thirty minutes, starting on time and ending early."
        />
      </div>
    </SettingsGroup>
  );
}
