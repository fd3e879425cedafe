import { useState } from 'react';
import { RITUAL_KIND_LABELS, RitualSchema, type Ritual, type RitualKind } from '../../../shared/model/planner';
import { WEEKDAY_LABELS, WEEKDAYS, type Settings, type Weekday } from '../../../shared/model/settings';
import { formatDays, formatMinutes } from '../../../shared/planner';
import { Field } from '../../components/Field';
import { useDraftForm } from '../../components/useDraftForm';
import { useAppStore } from '../../store';

type NewKind = Exclude<RitualKind, 'retro'>;
const NEW_KINDS: NewKind[] = ['standup', 'planning', 'demo', 'custom'];

/** A new ritual of a kind starts from the usual slot for it. */
function preset(kind: NewKind, settings: Settings): Omit<Ritual, 'id'> {
  switch (kind) {
    case 'standup':
      return { kind, name: 'Stand-up', days: [...settings.workingDays], time: '09:30', minutes: 15 };
    case 'planning':
      return { kind, name: 'Planning', days: ['mon'], time: '10:00', minutes: 60 };
    case 'demo':
      return { kind, name: 'Demo', days: ['thu'], time: '16:00', minutes: 30 };
    case 'custom':
      return { kind, name: '', days: ['wed'], time: '13:00', minutes: 30 };
  }
}

interface Draft {
  id: string;
  kind: RitualKind;
  name: string;
  days: Weekday[];
  time: string;
  minutes: string;
}

function draftOf(ritual: Ritual): Draft {
  return { ...ritual, minutes: String(ritual.minutes) };
}

/** The host team's rituals and the weekly retro, each with its days, time and length. */
export function RitualsSection({ engagementId, rituals }: { engagementId: string; rituals: Ritual[] }) {
  const settings = useAppStore((s) => s.settings);
  const remove = useAppStore((s) => s.deletePlannerRitual);
  const [editing, setEditing] = useState<Draft | null>(null);
  const isNew = editing !== null && !rituals.some((r) => r.id === editing.id);

  return (
    <section className="card rituals" aria-labelledby="rituals-title">
      <div className="card__header">
        <div>
          <h2 id="rituals-title" className="card__title">
            Rituals
          </h2>
          <p className="card__meta">
            The host team’s stand-up, planning and demo, and your weekly retro: same time every week.
          </p>
        </div>
        {editing === null ? (
          <button
            type="button"
            className="button"
            onClick={() => setEditing(draftOf({ id: crypto.randomUUID(), ...preset('standup', settings) }))}
          >
            Add a ritual
          </button>
        ) : null}
      </div>
      <ul className="ritual-list" aria-label="Rituals">
        {rituals.map((ritual) => {
          const onTwenty = ritual.days.includes(settings.twentyPercentDay);
          return (
            <li key={ritual.id} className="ritual">
              <div className="ritual__main">
                <span className="ritual__name">{ritual.name}</span>
                <span className="ritual__when">
                  {formatDays(ritual.days)} · {ritual.time} · {formatMinutes(ritual.minutes)}
                </span>
                {onTwenty ? (
                  <span className="badge badge--flag ritual__flag">
                    On your 20% day ({WEEKDAY_LABELS[settings.twentyPercentDay]})
                  </span>
                ) : null}
              </div>
              <div className="ritual__actions">
                <button
                  type="button"
                  className="button button--ghost"
                  aria-label={`Edit ${ritual.name}`}
                  onClick={() => setEditing(draftOf(ritual))}
                >
                  Edit
                </button>
                {ritual.kind === 'retro' ? null : (
                  <button
                    type="button"
                    className="button button--danger"
                    aria-label={`Remove ${ritual.name}`}
                    onClick={() => void remove(engagementId, ritual)}
                  >
                    Remove
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {editing ? (
        <RitualForm
          key={editing.id}
          engagementId={engagementId}
          initial={editing}
          isNew={isNew}
          workingDays={settings.workingDays}
          onDone={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

function RitualForm(props: {
  engagementId: string;
  initial: Draft;
  isNew: boolean;
  workingDays: Weekday[];
  onDone: () => void;
}) {
  const settings = useAppStore((s) => s.settings);
  const save = useAppStore((s) => s.savePlannerRitual);
  const { draft, set, errors, saving, onSubmit } = useDraftForm<Draft, Ritual>({
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
  const days = WEEKDAYS.filter((d) => props.workingDays.includes(d) || draft.days.includes(d));

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
                onChange={(e) => {
                  const kind = e.target.value as NewKind;
                  // A fresh ritual takes the kind's usual slot; an existing one keeps its own.
                  if (!props.isNew) return set({ kind });
                  const slot = preset(kind, settings);
                  set({ ...slot, minutes: String(slot.minutes) });
                }}
              >
                {NEW_KINDS.map((k) => (
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
