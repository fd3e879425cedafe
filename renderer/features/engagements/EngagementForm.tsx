import type { KeyboardEvent, SyntheticEvent } from 'react';
import { useAppStore } from '../../store';
import { NEW_KEY } from '../../store/engagementsSlice';
import { draftFrom, sameDraft, withStartDate, type EngagementDraft } from '../../store/engagementDraft';
import { EngagementFields } from './EngagementFields';
import { PeopleEditor } from './PeopleEditor';
import { useEngagementReadOnly } from './ReadOnlyNotice';
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
  // Main refuses every change of it: the fields are shown, not offered (ReadOnlyNotice says why).
  const readOnly = useEngagementReadOnly(draftKey === NEW_KEY ? null : draftKey);

  if (!draft) return <p className="muted">Loading…</p>;
  const isNew = draftKey === NEW_KEY;
  const dirty = isNew || !saved || !sameDraft(draftFrom(saved), draft);
  const set = (patch: Partial<EngagementDraft>) => edit(draftKey, (d) => ({ ...d, ...patch }));
  const errorCount = Object.keys(errors).length;

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!readOnly) void save(draftKey);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (!readOnly) void save(draftKey);
    }
  };

  return (
    <form
      className="form"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={isNew ? 'New engagement' : 'Engagement details'}
    >
      {errorCount > 0 ? (
        <p className="notice notice--error" role="alert">
          Nothing was saved. {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} attention.
        </p>
      ) : null}

      <fieldset className="read-only-fieldset" disabled={readOnly}>
        <EngagementFields
          draft={draft}
          errors={errors}
          isNew={isNew}
          weeks={weeks}
          set={set}
          setStartDate={(date) => edit(draftKey, (d) => withStartDate(d, date, weeks))}
        />

        <PeopleEditor people={draft.people} errors={errors} onChange={(people) => set({ people })} />
      </fieldset>

      {draft.status !== 'sourcing' ? <EngagementWarnings draftKey={draftKey} draft={draft} /> : null}

      <FormActions draftKey={draftKey} isNew={isNew} dirty={dirty} saving={saving} readOnly={readOnly} />
    </form>
  );
}

/** Save, and Cancel (a new one) or Discard and Delete (a saved one); nothing to save while it is read-only. */
function FormActions(props: { draftKey: string; isNew: boolean; dirty: boolean; saving: boolean; readOnly: boolean }) {
  const { draftKey, isNew, dirty, saving, readOnly } = props;
  const discard = useAppStore((s) => s.discardDraft);
  const remove = useAppStore((s) => s.deleteEngagement);
  const navigate = useAppStore((s) => s.navigate);
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={readOnly || saving || !dirty}>
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
        <button
          type="button"
          className="button button--ghost"
          disabled={readOnly || !dirty}
          onClick={() => discard(draftKey)}
        >
          Discard changes
        </button>
      )}
      {!isNew ? (
        <button type="button" className="button button--danger form__delete" onClick={() => void remove(draftKey)}>
          Delete engagement
        </button>
      ) : null}
    </div>
  );
}
