import { useEffect, useState, type SyntheticEvent } from 'react';
import { fieldErrorsOf } from '../../../shared/ipc';
import { PASSWORD_NEEDS_TLS, sendsPasswordInClear } from '../../../shared/mail/smtpSecurity';
import {
  MailSettingsInputSchema,
  SMTP_SECURITY,
  SMTP_SECURITY_LABELS,
  type MailSettingsView,
  type SmtpSecurity,
} from '../../../shared/model/mail';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import { AuthorForm } from './AuthorForm';

interface Draft {
  host: string;
  port: string;
  security: SmtpSecurity;
  user: string;
  password: string;
  fromName: string;
  fromEmail: string;
}

/** SMTP for "Send via SMTP". The password goes to the OS keychain, never to a file. */
export function MailSettingsForm() {
  const view = useAppStore((s) => s.mailSettings);
  const load = useAppStore((s) => s.loadMailSettings);
  useEffect(() => {
    if (!view) void load();
  }, [view, load]);
  if (!view) return <p className="muted">Loading mail settings…</p>;
  return (
    <>
      <AuthorForm view={view} />
      <MailSettingsFields view={view} />
    </>
  );
}

function draftOf(view: MailSettingsView): Draft {
  const smtp = view.smtp;
  return {
    host: smtp?.host ?? '',
    port: String(smtp?.port ?? 587),
    security: smtp?.security ?? 'starttls',
    user: smtp?.user ?? '',
    password: '',
    fromName: smtp?.from.name ?? '',
    fromEmail: smtp?.from.email ?? '',
  };
}

function MailSettingsFields({ view }: { view: MailSettingsView }) {
  const saveSettings = useAppStore((s) => s.saveMailSettings);
  const pushToast = useAppStore((s) => s.pushToast);
  const [draft, setDraft] = useState<Draft>(() => draftOf(view));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const secure = view.secretBackend === 'os';
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const save = async (event: SyntheticEvent, removePassword = false) => {
    event.preventDefault();
    const input = {
      host: draft.host,
      port: Number(draft.port),
      security: draft.security,
      user: draft.user,
      from: { name: draft.fromName, email: draft.fromEmail },
      password: removePassword ? '' : draft.password === '' ? null : draft.password,
    };
    const parsed = MailSettingsInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    // The stored password counts when it would be kept (main refuses it too).
    const keepsPassword = parsed.data.password === null ? view.hasPassword : parsed.data.password !== '';
    if (sendsPasswordInClear(parsed.data, keepsPassword)) {
      setErrors({ security: PASSWORD_NEEDS_TLS });
      return;
    }
    setSaving(true);
    const saved = await saveSettings(parsed.data);
    setSaving(false);
    if (!saved.ok) {
      setErrors(saved.errors);
      return;
    }
    setDraft({ ...draft, password: '' });
    setErrors({});
    pushToast({ tone: 'info', message: 'Mail settings saved.' });
  };
  const text = (
    key: 'host' | 'port' | 'user' | 'fromName' | 'fromEmail',
    label: string,
    error: string | undefined,
    extra: { type?: string; placeholder?: string; hint?: string } = {},
  ) => (
    <Field label={label} error={error} hint={extra.hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type={extra.type ?? 'text'}
          value={draft[key]}
          placeholder={extra.placeholder}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form className="form" noValidate aria-label="Mail settings" onSubmit={(e) => void save(e)}>
      <section className="form__section" aria-labelledby="settings-mail">
        <h2 id="settings-mail" className="form__section-title">
          Mail (SMTP)
        </h2>
        <p className="muted">
          Optional. Without it, “Open as draft in my mail app” still works. With it, notes can be sent from Aux Desk and
          wait in the Outbox while you are offline.
        </p>
        {errors['_'] ? (
          <p className="notice notice--error" role="alert">
            {errors['_']}
          </p>
        ) : null}
        <div className="form__grid">
          {text('host', 'SMTP server', errors['host'], { placeholder: 'smtp.example.com' })}
          {text('port', 'Port', errors['port'], { type: 'number' })}
          <Field label="Security" error={errors['security']}>
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
          {text('user', 'User name', errors['user'], { hint: 'Leave empty if the server needs no login.' })}
          <Field
            label="Password"
            error={errors['password']}
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
          {text('fromName', 'Your name', errors['from.name'])}
          {text('fromEmail', 'Your address', errors['from.email'], { type: 'email', placeholder: 'you@example.com' })}
        </div>
        <div className="form__actions form__actions--inline">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save mail settings'}
          </button>
          {view.hasPassword ? (
            <button type="button" className="button button--ghost" onClick={(e) => void save(e, true)}>
              Remove stored password
            </button>
          ) : null}
        </div>
      </section>
    </form>
  );
}
