import {
  SMTP_SECURITY,
  SMTP_SECURITY_LABELS,
  type MailSettingsView,
  type SmtpSecurity,
} from '../../../shared/model/mail';
import { Field } from '../../components/Field';
import type { MailDraft } from './useMailSettingsDraft';

interface MailFieldProps {
  draft: MailDraft;
  error: string | undefined;
  set: (patch: Partial<MailDraft>) => void;
}

/** One of the SMTP form's text inputs. */
export function MailTextField({
  field,
  label,
  type = 'text',
  placeholder,
  hint,
  draft,
  error,
  set,
}: MailFieldProps & {
  field: 'host' | 'port' | 'user' | 'fromName' | 'fromEmail';
  label: string;
  type?: string;
  placeholder?: string;
  hint?: string;
}) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type={type}
          value={draft[field]}
          placeholder={placeholder}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => set({ [field]: e.target.value })}
        />
      )}
    </Field>
  );
}

export function SecurityField({ draft, error, set }: MailFieldProps) {
  return (
    <Field label="Security" error={error}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="input"
          value={draft.security}
          aria-describedby={describedBy}
          onChange={(e) => set({ security: e.target.value as SmtpSecurity })}
        >
          {SMTP_SECURITY.map((s) => (
            <option key={s} value={s}>
              {SMTP_SECURITY_LABELS[s]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The password goes to the OS keychain; without a secure store (basic_text) it cannot be typed at all. */
export function PasswordField({ view, draft, error, set }: MailFieldProps & { view: MailSettingsView }) {
  const secure = view.secretBackend === 'os';
  return (
    <Field
      label="Password"
      error={error}
      hint={
        secure
          ? view.hasPassword
            ? 'A password is stored in your system keychain. Type a new one to replace it.'
            : 'Stored in your system keychain, never in a file.'
          : 'This computer has no secure password store (only “basic_text”), so Aux Desk will not keep a password.'
      }
    >
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type="password"
          autoComplete="new-password"
          value={draft.password}
          disabled={!secure}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => set({ password: e.target.value })}
        />
      )}
    </Field>
  );
}
