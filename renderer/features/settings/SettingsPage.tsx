import { useState, type SyntheticEvent } from 'react';
import { fieldErrorsOf } from '../../../shared/ipc';
import { SettingsSchema, WEEKDAY_LABELS, WEEKDAYS, type Settings, type Weekday } from '../../../shared/model/settings';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import { MailSettingsForm } from './MailSettingsForm';

/** The playbook's numbers, as settings: the defaults are the playbook's. */
export function SettingsPage() {
  const saved = useAppStore((s) => s.settings);
  const saveSettings = useAppStore((s) => s.saveSettings);
  const pushToast = useAppStore((s) => s.pushToast);
  const [draft, setDraft] = useState<Settings>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const set = (patch: Partial<Settings>) => setDraft((d) => ({ ...d, ...patch }));
  const toggleDay = (day: Weekday) =>
    set({
      workingDays: draft.workingDays.includes(day)
        ? draft.workingDays.filter((d) => d !== day)
        : WEEKDAYS.filter((d) => d === day || draft.workingDays.includes(d)),
    });

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setSaving(true);
    const result = await saveSettings(parsed.data);
    setSaving(false);
    if (result.ok) {
      setDraft(result.value);
      setErrors({});
      pushToast({ tone: 'info', message: 'Settings saved.' });
    } else if (result.errors['_'] !== undefined) {
      pushToast({ tone: 'error', message: `Settings not saved: ${result.errors['_']}` });
    } else {
      setErrors(result.errors);
    }
  };

  const number = (
    key:
      | 'engagementWeeks'
      | 'bufferWeeks'
      | 'maxBackToBack'
      | 'maxEngagementWeeks'
      | 'retroMinutes'
      | 'pairingTarget'
      | 'dayHours',
    label: string,
    hint: string,
  ) => (
    <Field label={label} error={errors[key]} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type="number"
          inputMode="numeric"
          value={Number.isNaN(draft[key]) ? '' : draft[key]}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => set({ [key]: e.target.valueAsNumber })}
        />
      )}
    </Field>
  );

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Settings</h1>
          <p className="page__subtitle">The playbook’s numbers disagree in places, so they are yours to set.</p>
        </div>
      </header>
      <form className="form" noValidate aria-label="Settings" onSubmit={(e) => void onSubmit(e)}>
        <section className="form__section" aria-labelledby="settings-engagements">
          <h2 id="settings-engagements" className="form__section-title">
            Engagements
          </h2>
          <div className="form__grid">
            {number(
              'engagementWeeks',
              'Engagement length (weeks)',
              'New engagements end this many weeks after they start.',
            )}
            {number(
              'bufferWeeks',
              'Buffer between engagements (weeks)',
              'Warn when an engineer has less time than this between engagements.',
            )}
            {number(
              'maxBackToBack',
              'Back-to-back engagements',
              'Warn when an engineer has more than this many in a row without a quarter off.',
            )}
            {number(
              'maxEngagementWeeks',
              'A quarter (weeks)',
              'Warn when an engagement is longer than this; a break this long ends a back-to-back run.',
            )}
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
        </section>
        <section className="form__section" aria-labelledby="settings-week">
          <h2 id="settings-week" className="form__section-title">
            The week
          </h2>
          <fieldset className="day-picker" aria-describedby={errors['workingDays'] ? 'working-days-error' : undefined}>
            <legend className="field__label">Working days</legend>
            <div className="day-picker__days">
              {WEEKDAYS.map((day) => (
                <label key={day} className="day-picker__day">
                  <input type="checkbox" checked={draft.workingDays.includes(day)} onChange={() => toggleDay(day)} />
                  {WEEKDAY_LABELS[day]}
                </label>
              ))}
            </div>
            {errors['workingDays'] ? (
              <p id="working-days-error" className="field__error" role="alert">
                {errors['workingDays']}
              </p>
            ) : null}
          </fieldset>
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
            <Field label="Weekly retro time" error={errors['retroTime']}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  className="input"
                  type="time"
                  value={draft.retroTime}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(e) => set({ retroTime: e.target.value })}
                />
              )}
            </Field>
            {number(
              'retroMinutes',
              'Weekly retro length (minutes)',
              'Thirty minutes, starting on time and ending early.',
            )}
          </div>
        </section>
        <section className="form__section" aria-labelledby="settings-planner">
          <h2 id="settings-planner" className="form__section-title">
            Week planner
          </h2>
          <div className="form__grid">
            {number(
              'pairingTarget',
              'Pairing target (%)',
              'The share of working hours spent pairing; under it, the planner warns.',
            )}
            {number('dayHours', 'Planned hours per day', 'What a new week plans for each working day.')}
            <Field
              label="Day starts at"
              error={errors['dayStart']}
              hint="Where the day’s block starts in an exported calendar."
            >
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  className="input"
                  type="time"
                  value={draft.dayStart}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(e) => set({ dayStart: e.target.value })}
                />
              )}
            </Field>
          </div>
        </section>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={saving || !dirty}>
            {saving ? 'Saving…' : 'Save settings'}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={!dirty}
            onClick={() => {
              setDraft(saved);
              setErrors({});
            }}
          >
            Discard changes
          </button>
        </div>
      </form>
      <MailSettingsForm />
    </div>
  );
}

function DaySelect(props: {
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
