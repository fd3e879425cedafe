import { useState, type SyntheticEvent } from 'react';
import { fieldErrorsOf } from '../../../shared/ipc';
import { PASSWORD_NEEDS_TLS, sendsPasswordInClear } from '../../../shared/mail/smtpSecurity';
import { MailSettingsInputSchema, type MailSettingsView, type SmtpSecurity } from '../../../shared/model/mail';
import { useAppStore } from '../../store';

/** The SMTP form as typed: the port as text, the password empty unless a new one is typed. */
export interface MailDraft {
  host: string;
  port: string;
  security: SmtpSecurity;
  user: string;
  password: string;
  fromName: string;
  fromEmail: string;
}

function draftOf(view: MailSettingsView): MailDraft {
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

/** The SMTP settings being edited; `save(event, true)` deletes the stored password. */
export function useMailSettingsDraft(view: MailSettingsView) {
  const saveSettings = useAppStore((s) => s.saveMailSettings);
  const pushToast = useAppStore((s) => s.pushToast);
  const [draft, setDraft] = useState<MailDraft>(() => draftOf(view));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const set = (patch: Partial<MailDraft>) => setDraft({ ...draft, ...patch });
  /** Typed and not saved yet (a new password counts): the test email would not use it. */
  const unsaved = JSON.stringify(draft) !== JSON.stringify(draftOf(view));
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

  return { draft, errors, saving, unsaved, set, save };
}
