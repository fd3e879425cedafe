import { useEffect, useRef } from 'react';
import {
  MILESTONE_KIND_LABELS,
  MILESTONE_KINDS,
  MilestoneInputSchema,
  type Milestone,
  type MilestoneInput,
  type MilestoneKind,
} from '../../../shared/model/projectRetro';
import { Field } from '../../components/Field';
import { useToday } from '../../components/useToday';
import { useDraftForm, type FieldErrors } from '../../components/useDraftForm';
import { useAppStore } from '../../store';

interface MilestoneFormProps {
  engagementId: string;
  milestone: Milestone | null;
  onDone: () => void;
}

/** The milestone being added or edited (a new one dated today); the form scrolls into view with the title focused. */
function useMilestoneForm({ engagementId, milestone, onDone }: MilestoneFormProps) {
  const save = useAppStore((s) => s.saveMilestone);
  const today = useToday();
  const form = useDraftForm<MilestoneInput, MilestoneInput>({
    initial: milestone
      ? { date: milestone.date, title: milestone.title, kind: milestone.kind, note: milestone.note }
      : { date: today, title: '', kind: 'custom', note: '' },
    schema: MilestoneInputSchema,
    save: async (input) => {
      if (await save(engagementId, milestone?.id ?? null, input)) onDone();
      return null;
    },
  });
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
    ref.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  }, []);
  const { draft, set } = form;
  const changeKind = (kind: MilestoneKind) => {
    // A title still at its kind's default follows the kind.
    const defaulted = draft.title === '' || draft.title === MILESTONE_KIND_LABELS[draft.kind];
    set({ kind, ...(defaulted && kind !== 'custom' ? { title: MILESTONE_KIND_LABELS[kind] } : {}) });
  };
  return { ...form, ref, changeKind };
}

export function MilestoneForm(props: MilestoneFormProps) {
  const { milestone, onDone } = props;
  const { draft, set, errors, onSubmit, ref, changeKind } = useMilestoneForm(props);
  return (
    <form
      ref={ref}
      className="form goal-form"
      noValidate
      aria-label={milestone ? `Edit milestone ${milestone.title}` : 'New milestone'}
      onSubmit={onSubmit}
    >
      <MilestoneFields draft={draft} errors={errors} set={set} onKind={changeKind} />
      <div className="form__actions form__actions--inline">
        <button type="submit" className="button button--primary">
          {milestone ? 'Save milestone' : 'Add milestone'}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface MilestoneFieldsProps {
  draft: MilestoneInput;
  errors: FieldErrors;
  set: (patch: Partial<MilestoneInput>) => void;
  onKind: (kind: MilestoneKind) => void;
}

function MilestoneFields({ draft, errors, set, onKind }: MilestoneFieldsProps) {
  return (
    <div className="form__grid">
      <Field label="Kind" error={errors['kind']}>
        {({ id, describedBy }) => (
          <select
            id={id}
            className="input"
            value={draft.kind}
            aria-describedby={describedBy}
            onChange={(e) => onKind(e.target.value as MilestoneKind)}
          >
            {MILESTONE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k === 'custom' ? 'Other milestone' : MILESTONE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Date" error={errors['date']}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            type="date"
            value={draft.date}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set({ date: e.target.value })}
          />
        )}
      </Field>
      <Field label="Title" error={errors['title']} className="form__wide">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="title"
            className="input"
            value={draft.title}
            placeholder="e.g. First paying customer on the new checkout"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set({ title: e.target.value })}
          />
        )}
      </Field>
      <Field label="Note" error={errors['note']} className="form__wide">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            value={draft.note}
            placeholder="Optional"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set({ note: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
