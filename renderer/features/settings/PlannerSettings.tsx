import { SettingsGroup } from './SettingsSection';
import { NumberSettingField, TimeSettingField } from './settingsFields';
import type { SettingsSectionProps } from './useSettingsForm';

/** Settings › Engagements & planner › Week planner: the pairing target and what a new week plans. */
export function PlannerSettings(props: SettingsSectionProps) {
  return (
    <SettingsGroup id="settings-planner" title="Week planner">
      <div className="form__grid">
        <NumberSettingField
          {...props}
          setting="pairingTarget"
          label="Pairing target (%)"
          hint="The share of working hours spent pairing; under it, the planner warns."
        />
        <NumberSettingField
          {...props}
          setting="dayHours"
          label="Planned hours per day"
          hint="What a new week plans for each working day."
        />
        <TimeSettingField
          {...props}
          setting="dayStart"
          label="Day starts at"
          hint="Where the day’s block starts in an exported calendar."
        />
      </div>
    </SettingsGroup>
  );
}
