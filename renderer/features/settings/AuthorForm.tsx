import { useState, type SubmitEvent } from 'react';
import type { MailSettingsView } from '../../../shared/model/mail';
import { useAppStore } from '../../store';
import { AuthorFields, saveAuthor, type AuthorDraft } from '../mail/authorFields';

/** "Your name and email": the sender of drafts and .eml files, whether or not SMTP is set up. */
export function AuthorForm({ view }: { view: MailSettingsView }) {
  const setView = useAppStore((s) => s.setMailSettings);
  const pushToast = useAppStore((s) => s.pushToast);
  const [draft, setDraft] = useState<AuthorDraft>({ name: view.author?.name ?? '', email: view.author?.email ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await saveAuthor(draft);
    setSaving(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setView(result.view);
    pushToast({
      tone: 'info',
      message: result.view.author ? 'Your name and email are saved.' : 'Your name and email are cleared.',
    });
  };

  return (
    <form className="form" noValidate aria-label="Your name and email" onSubmit={(e) => void save(e)}>
      <section className="form__section" aria-labelledby="settings-author">
        <h3 id="settings-author" className="form__subsection-title">
          Your name and email
        </h3>
        <p className="muted">
          The sender (From) of the drafts and .eml files Aux Desk makes for your mail app. Mail sent via SMTP uses the
          address below.
        </p>
        {errors['_'] ? (
          <p className="notice notice--error" role="alert">
            {errors['_']}
          </p>
        ) : null}
        <div className="form__grid">
          <AuthorFields draft={draft} onChange={setDraft} errors={errors} labels={{ name: 'Name', email: 'Email' }} />
        </div>
        <div className="form__actions form__actions--inline">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save name and email'}
          </button>
        </div>
      </section>
    </form>
  );
}
