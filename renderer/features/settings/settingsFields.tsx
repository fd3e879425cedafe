import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '../../../shared/model/settings';
import { Field } from '../../components/Field';
import type { SettingsSectionProps } from './useSettingsForm';

type NumberSetting =
  | 'engagementWeeks'
  | 'bufferWeeks'
  | 'maxBackToBack'
  | 'maxEngagementWeeks'
  | 'retroMinutes'
  | 'pairingTarget'
  | 'dayHours';

type TimeSetting = 'retroTime' | 'dayStart';

interface SettingFieldProps<Key> extends SettingsSectionProps {
  setting: Key;
  label: string;
  hint?: string;
}

/** A whole-number field in a Field; an emptied field stays empty (NaN) until the check on save. */
export function WholeNumberInput({
  label,
  hint,
  error,
  value,
  onChange,
  min,
  max,
}: {
  label: string;
  hint?: string | undefined;
  error: string | undefined;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
}) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={Number.isNaN(value) ? '' : value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => onChange(e.target.valueAsNumber)}
        />
      )}
    </Field>
  );
}

/** A whole-number setting. */
export function NumberSettingField({ setting, label, hint, draft, errors, set }: SettingFieldProps<NumberSetting>) {
  return (
    <WholeNumberInput
      label={label}
      hint={hint}
      error={errors[setting]}
      value={draft[setting]}
      onChange={(value) => set({ [setting]: value })}
    />
  );
}

/** A time of day setting (HH:MM). */
export function TimeSettingField({ setting, label, hint, draft, errors, set }: SettingFieldProps<TimeSetting>) {
  return (
    <Field label={label} error={errors[setting]} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type="time"
          value={draft[setting]}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => set({ [setting]: e.target.value })}
        />
      )}
    </Field>
  );
}

export function DaySelect(props: {
  label: string;
  hint: string;
  value: Weekday;
  error: string | undefined;
  onChange: (day: Weekday) => void;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="input"
          value={props.value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => props.onChange(e.target.value as Weekday)}
        >
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {WEEKDAY_LABELS[day]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
