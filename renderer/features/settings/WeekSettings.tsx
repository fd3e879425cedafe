import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '../../../shared/model/settings';
import { SettingsGroup } from './SettingsSection';
import { DaySelect } from './settingsFields';
import type { SettingsSectionProps } from './useSettingsForm';

/** Settings › Engagements & planner › The week: the working days and the 20% day. */
export function WeekSettings({ draft, errors, set }: SettingsSectionProps) {
  return (
    <SettingsGroup id="settings-week" title="The week">
      <WorkingDays
        days={draft.workingDays}
        error={errors['workingDays']}
        onChange={(workingDays) => set({ workingDays })}
      />
      <div className="form__grid">
        <DaySelect
          label="20% day"
          hint="Kept for notes, the home team and admin."
          value={draft.twentyPercentDay}
          error={errors['twentyPercentDay']}
          onChange={(twentyPercentDay) => set({ twentyPercentDay })}
        />
      </div>
    </SettingsGroup>
  );
}

/** The working days, kept in week order whatever order they are ticked in. */
function WorkingDays({
  days,
  error,
  onChange,
}: {
  days: Weekday[];
  error: string | undefined;
  onChange: (days: Weekday[]) => void;
}) {
  const toggle = (day: Weekday) =>
    onChange(
      days.includes(day) ? days.filter((d) => d !== day) : WEEKDAYS.filter((d) => d === day || days.includes(d)),
    );
  return (
    <fieldset className="day-picker" aria-describedby={error ? 'working-days-error' : undefined}>
      <legend className="field__label">Working days</legend>
      <div className="day-picker__days">
        {WEEKDAYS.map((day) => (
          <label key={day} className="day-picker__day">
            <input type="checkbox" checked={days.includes(day)} onChange={() => toggle(day)} />
            {WEEKDAY_LABELS[day]}
          </label>
        ))}
      </div>
      {error ? (
        <p id="working-days-error" className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
