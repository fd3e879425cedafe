import { useId, useState, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../shared/ipc';
import { TeamIdentitySchema, type TeamIdentity } from '../../../shared/ipc/team';
import { useAppStore } from '../../store';
import { IdentityFields } from './teamFields';

/** Your identity in the team: the name and email git records on each change made here from now on. */
export function IdentityForm({ identity }: { identity: TeamIdentity | null }) {
  const titleId = useId();
  const save = useAppStore((s) => s.setTeamIdentity);
  const pushToast = useAppStore((s) => s.pushToast);
  const [draft, setDraft] = useState({ name: identity?.name ?? '', email: identity?.email ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = TeamIdentitySchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setSaving(true);
    const result = await save(parsed.data);
    setSaving(false);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok)
      pushToast({ tone: 'info', message: 'Your changes in the workspace are now signed with this name and email.' });
  };

  return (
    <form className="form team-form" noValidate aria-labelledby={titleId} onSubmit={(e) => void submit(e)}>
      <section className="form__section">
        <h3 id={titleId} className="team-form__title">
          Your identity in the team
        </h3>
        <p className="muted">
          Git records this name and email on each change you make in the workspace, so the team sees who wrote what.
        </p>
        {errors['_'] ? (
          <p className="notice notice--error" role="alert">
            {errors['_']}
          </p>
        ) : null}
        <div className="form__grid">
          <IdentityFields
            name={draft.name}
            email={draft.email}
            errors={errors}
            onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
          />
        </div>
        <div className="form__actions form__actions--inline">
          <button type="submit" className="button" disabled={saving}>
            {saving ? 'Saving…' : 'Save identity'}
          </button>
        </div>
      </section>
    </form>
  );
}
