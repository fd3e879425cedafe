import { useEffect } from 'react';
import type { MailSettingsView } from '../../../shared/model/mail';
import { useAppStore } from '../../store';
import { AuthorForm } from './AuthorForm';
import { TestEmail } from './TestEmail';
import { MailTextField, PasswordField, SecurityField } from './mailSettingsFields';
import { useMailSettingsDraft } from './useMailSettingsDraft';

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

function MailSettingsFields({ view }: { view: MailSettingsView }) {
  const { draft, errors, saving, unsaved, set, save } = useMailSettingsDraft(view);
  const field = { draft, set };
  return (
    <form className="form" noValidate aria-label="Mail settings" onSubmit={(e) => void save(e)}>
      <section className="form__section" aria-labelledby="settings-smtp">
        <h3 id="settings-smtp" className="form__subsection-title">
          Sending via SMTP
        </h3>
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
          <MailTextField
            {...field}
            field="host"
            label="SMTP server"
            error={errors['host']}
            placeholder="smtp.example.com"
          />
          <MailTextField {...field} field="port" label="Port" error={errors['port']} type="number" />
          <SecurityField {...field} error={errors['security']} />
          <MailTextField
            {...field}
            field="user"
            label="User name"
            error={errors['user']}
            hint="Leave empty if the server needs no login."
          />
          <PasswordField {...field} view={view} error={errors['password']} />
          <MailTextField {...field} field="fromName" label="Your name" error={errors['from.name']} />
          <MailTextField
            {...field}
            field="fromEmail"
            label="Your address"
            error={errors['from.email']}
            type="email"
            placeholder="you@example.com"
          />
        </div>
        <div className="form__actions form__actions--inline">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save mail settings'}
          </button>
          {view.hasPassword ? (
            <button type="button" className="button button--ghost" onClick={(e) => void save(e, true)}>
              Delete stored password
            </button>
          ) : null}
        </div>
        <TestEmail key={JSON.stringify(view.smtp)} view={view} unsaved={unsaved} />
      </section>
    </form>
  );
}
