import type { KeyboardEvent, SyntheticEvent } from 'react';
import { ENGAGEMENT_STATUSES, STATUS_LABELS, type EngagementStatus } from '../../../shared/model/engagement';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import { NEW_KEY } from '../../store/engagementsSlice';
import { draftFrom, sameDraft, withStartDate, type EngagementDraft } from './draft';
import { PeopleEditor } from './PeopleEditor';
import { EngagementWarnings } from './Warnings';

const NO_ERRORS: Record<string, string> = {};

/** Create (draftKey = NEW_KEY) or edit an engagement. Nothing is saved until the input is valid. */
export function EngagementForm({ draftKey }: { draftKey: string }) {
  const draft = useAppStore((s) => s.drafts[draftKey]);
  const saved = useAppStore((s) => s.engagements[draftKey]);
  const errors = useAppStore((s) => s.fieldErrors[draftKey] ?? NO_ERRORS);
  const saving = useAppStore((s) => Boolean(s.saving[draftKey]));
  const weeks = useAppStore((s) => s.settings.engagementWeeks);
  const edit = useAppStore((s) => s.editDraft);
  const save = useAppStore((s) => s.saveDraft);
  const discard = useAppStore((s) => s.discardDraft);
  const remove = useAppStore((s) => s.deleteEngagement);
  const navigate = useAppStore((s) => s.navigate);

  if (!draft) return <p className="muted">Loading…</p>;
  const isNew = draftKey === NEW_KEY;
  const dirty = isNew || !saved || !sameDraft(draftFrom(saved), draft);
  const set = (patch: Partial<EngagementDraft>) => edit(draftKey, (d) => ({ ...d, ...patch }));
  const errorCount = Object.keys(errors).length;

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void save(draftKey);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save(draftKey);
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-label={isNew ? 'New engagement' : 'Engagement details'}>
      {errorCount > 0 ? (
        <p className="notice notice--error" role="alert">
          Nothing was saved. {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} attention.
        </p>
      ) : null}

      <div className="form__grid">
        <Field label="Engagement name" error={errors['name']} className="form__wide">
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              value={draft.name}
              placeholder="e.g. Payments MVP, Q3"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              autoFocus={isNew}
              onChange={(e) => set({ name: e.target.value })}
            />
          )}
        </Field>
        <Field label="Host team" error={errors['hostTeam']} hint="The product team you embed with.">
          {({ id, describedBy, invalid }) => (
            <input id={id} className="input" value={draft.hostTeam} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => set({ hostTeam: e.target.value })} />
          )}
        </Field>
        <Field label="Home team" error={errors['homeTeam']} hint="Your platform team.">
          {({ id, describedBy, invalid }) => (
            <input id={id} className="input" value={draft.homeTeam} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => set({ homeTeam: e.target.value })} />
          )}
        </Field>
        <Field label="Start date" error={errors['startDate']}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              type="date"
              value={draft.startDate}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => edit(draftKey, (d) => withStartDate(d, e.target.value, weeks))}
            />
          )}
        </Field>
        <Field
          label="End date"
          error={errors['endDate']}
          hint={draft.endDateTouched ? undefined : `Start + ${weeks} weeks until you change it.`}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              type="date"
              value={draft.endDate}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => set({ endDate: e.target.value, endDateTouched: true })}
            />
          )}
        </Field>
        <Field label="Status" error={errors['status']}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              className="input"
              value={draft.status}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => set({ status: e.target.value as EngagementStatus })}
            >
              {ENGAGEMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.status === 'ended-early' ? (
          <Field label="Why it ended early" error={errors['endedEarlyReason']} className="form__wide">
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                className="input input--multiline"
                rows={3}
                value={draft.endedEarlyReason}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(e) => set({ endedEarlyReason: e.target.value })}
              />
            )}
          </Field>
        ) : null}
      </div>

      <PeopleEditor people={draft.people} errors={errors} onChange={(people) => set({ people })} />

      {draft.status !== 'sourcing' ? <EngagementWarnings draftKey={draftKey} draft={draft} /> : null}

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving || !dirty}>
          {saving ? 'Saving…' : isNew ? 'Create engagement' : 'Save changes'}
        </button>
        {isNew ? (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              discard(draftKey);
              navigate({ kind: 'engagements' });
            }}
          >
            Cancel
          </button>
        ) : (
          <button type="button" className="button button--ghost" disabled={!dirty} onClick={() => discard(draftKey)}>
            Discard changes
          </button>
        )}
        {!isNew ? (
          <button type="button" className="button button--danger form__delete" onClick={() => void remove(draftKey)}>
            Delete engagement
          </button>
        ) : null}
      </div>
    </form>
  );
}
