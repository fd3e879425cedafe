import { RITUAL_KIND_LABELS, RitualSchema, type Ritual } from '../../../shared/model/planner';
import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '../../../shared/model/settings';
import { Field } from '../../components/Field';
import { useDraftForm, type FieldErrors } from '../../components/useDraftForm';
import { useAppStore } from '../../store';
import { NEW_RITUAL_KINDS, ritualPreset, type NewRitualKind, type RitualDraft } from './ritualDraft';

interface RitualFormProps {
  engagementId: string;
  initial: RitualDraft;
  isNew: boolean;
  workingDays: Weekday[];
  onDone: () => void;
}

/** The ritual being edited, saved through main (whose refusals show beside the fields). */
function useRitualForm(props: RitualFormProps) {
  const settings = useAppStore((s) => s.settings);
  const save = useAppStore((s) => s.savePlannerRitual);
  const form = useDraftForm<RitualDraft, Ritual>({
    initial: props.initial,
    schema: RitualSchema,
    toInput: (d) => ({ ...d, minutes: d.minutes.trim() === '' ? Number.NaN : Number(d.minutes) }),
    save: async (input) => {
      const refused = await save(props.engagementId, input);
      if (Object.keys(refused).length > 0) return refused;
      props.onDone();
      return null;
    },
  });
  const { draft, set } = form;
  const days = WEEKDAYS.filter((d) => props.workingDays.includes(d) || draft.days.includes(d));
  const changeKind = (kind: NewRitualKind) => {
    // A fresh ritual takes the kind's usual slot; an existing one keeps its own.
    if (!props.isNew) return set({ kind });
    const slot = ritualPreset(kind, settings);
    set({ ...slot, minutes: String(slot.minutes) });
  };
  return { ...form, days, changeKind };
}

export function RitualForm(props: RitualFormProps) {
  const { draft, set, errors, saving, onSubmit, days, changeKind } = useRitualForm(props);
  return (
    <form
      className="ritual-form"
      noValidate
      aria-label={props.isNew ? 'New ritual' : `Edit ${props.initial.name}`}
      onSubmit={onSubmit}
    >
      {errors['_'] ? (
        <p className="notice notice--error" role="alert">
          {errors['_']}
        </p>
      ) : null}
      <RitualFields draft={draft} errors={errors} set={set} onKind={changeKind} />
      <DaysPicker days={days} chosen={draft.days} error={errors['days']} onChange={(chosen) => set({ days: chosen })} />
      <div className="ritual-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : props.isNew ? 'Add ritual' : 'Save ritual'}
        </button>
        <button type="button" className="button button--ghost" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface RitualFieldsProps {
  draft: RitualDraft;
  errors: FieldErrors;
  set: (patch: Partial<RitualDraft>) => void;
  onKind: (kind: NewRitualKind) => void;
}

/** Kind (not for the weekly retro, which stays one), name, time and length. */
function RitualFields({ draft, errors, set, onKind }: RitualFieldsProps) {
  return (
    <div className="form__grid form__grid--ritual">
      {draft.kind === 'retro' ? null : (
        <Field label="Kind" error={errors['kind']}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              className="input"
              value={draft.kind}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => onKind(e.target.value as NewRitualKind)}
            >
              {NEW_RITUAL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {RITUAL_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label="Name" error={errors['name']}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            maxLength={80}
            value={draft.name}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </Field>
      <Field label="Time" error={errors['time']}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            type="time"
            value={draft.time}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set({ time: e.target.value })}
          />
        )}
      </Field>
      <Field label="Duration (minutes)" error={errors['minutes']}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            type="number"
            min={5}
            max={480}
            step={5}
            value={draft.minutes}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set({ minutes: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}

interface DaysPickerProps {
  /** The days offered: the working days, and any other day the ritual is already on. */
  days: readonly Weekday[];
  chosen: readonly Weekday[];
  error: string | undefined;
  onChange: (days: Weekday[]) => void;
}

/** The ritual's days, kept in week order whatever order they are ticked in. */
function DaysPicker({ days, chosen, error, onChange }: DaysPickerProps) {
  return (
    <fieldset className="day-picker" aria-describedby={error ? 'ritual-days-error' : undefined}>
      <legend className="field__label">Days</legend>
      <div className="day-picker__days">
        {days.map((day) => (
          <label key={day} className="day-picker__day">
            <input
              type="checkbox"
              checked={chosen.includes(day)}
              onChange={() =>
                onChange(
                  chosen.includes(day)
                    ? chosen.filter((d) => d !== day)
                    : WEEKDAYS.filter((d) => d === day || chosen.includes(d)),
                )
              }
            />
            {WEEKDAY_LABELS[day]}
          </label>
        ))}
      </div>
      {error ? (
        <p id="ritual-days-error" className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
