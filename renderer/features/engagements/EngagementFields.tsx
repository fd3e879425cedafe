import { ENGAGEMENT_STATUSES, STATUS_LABELS, type EngagementStatus } from '../../../shared/model/engagement';
import { Field } from '../../components/Field';
import type { EngagementDraft } from '../../store/engagementDraft';

interface EngagementFieldsProps {
  draft: EngagementDraft;
  errors: Record<string, string>;
  isNew: boolean;
  /** The default length, in weeks: the end date follows the start until it is changed. */
  weeks: number;
  set: (patch: Partial<EngagementDraft>) => void;
  /** A new start date (which also moves an end date not yet changed by hand). */
  setStartDate: (date: string) => void;
}

/** The engagement's own fields: name, teams, dates, status and, when it ended early, why. */
export function EngagementFields({ draft, errors, isNew, weeks, set, setStartDate }: EngagementFieldsProps) {
  return (
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
          <input
            id={id}
            className="input"
            value={draft.hostTeam}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set({ hostTeam: e.target.value })}
          />
        )}
      </Field>
      <Field label="Home team" error={errors['homeTeam']} hint="Your platform team.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            value={draft.homeTeam}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set({ homeTeam: e.target.value })}
          />
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
            onChange={(e) => setStartDate(e.target.value)}
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
      <StatusFields draft={draft} errors={errors} set={set} />
    </div>
  );
}

/** The status and, for an engagement that ended early, why. */
function StatusFields({ draft, errors, set }: Pick<EngagementFieldsProps, 'draft' | 'errors' | 'set'>) {
  return (
    <>
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
    </>
  );
}
