import { fieldErrorsOf } from '../../../shared/ipc';
import { AuthorInputSchema, type MailSettingsView } from '../../../shared/model/mail';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';

/** "Your name and email" as typed: the From of drafts, saved in Settings › Mail. */
export interface AuthorDraft {
  name: string;
  email: string;
}

export type AuthorSave = { ok: true; view: MailSettingsView } | { ok: false; errors: Record<string, string> };

/** Checks and saves the name and email (both empty clears them); errors are keyed name / email, or _. */
export async function saveAuthor(draft: AuthorDraft): Promise<AuthorSave> {
  const cleared = draft.name.trim() === '' && draft.email.trim() === '';
  const parsed = AuthorInputSchema.safeParse({ author: cleared ? null : draft });
  if (!parsed.success) return { ok: false, errors: unprefixed(fieldErrorsOf(parsed.error)) };
  // Through the store, which shows the saved settings everywhere.
  const saved = await useAppStore.getState().saveAuthorInput(parsed.data);
  return saved.ok ? { ok: true, view: saved.value } : saved;
}

function unprefixed(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([key, message]) => [key.replace(/^author\.?/, '') || '_', message]),
  );
}

interface AuthorFieldsProps {
  draft: AuthorDraft;
  onChange: (draft: AuthorDraft) => void;
  errors: Record<string, string>;
  labels: { name: string; email: string };
}

/** The two inputs, for the settings page and for the compose dialog. */
export function AuthorFields({ draft, onChange, errors, labels }: AuthorFieldsProps) {
  return (
    <>
      <Field label={labels.name} error={errors['name']}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            autoComplete="name"
            value={draft.name}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => onChange({ ...draft, name: e.target.value })}
          />
        )}
      </Field>
      <Field label={labels.email} error={errors['email']}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            type="email"
            autoComplete="email"
            placeholder="you@example.com"
            value={draft.email}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => onChange({ ...draft, email: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}
