import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '../../../shared/model/settings';
import { DaySelect, NumberSettingField, TimeSettingField } from './settingsFields';
import type { SettingsSectionProps } from './useSettingsDraft';

/** Settings › The week: the working days, the 20% day and the weekly retro's slot. */
export function WeekSettings(props: SettingsSectionProps) {
  const { draft, errors, set } = props;
  return (
    <section className="form__section" aria-labelledby="settings-week">
      <h2 id="settings-week" className="form__section-title">
        The week
      </h2>
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
    </section>
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
