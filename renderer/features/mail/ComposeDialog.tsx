import { useEffect, useRef, useState } from 'react';
import { fieldErrorsOf, type ResponseOf } from '../../../shared/ipc';
import { formatAddress, OutgoingHeadersSchema, parseAddressList, type MailAddress, type OutgoingHeaders } from '../../../shared/mail/addresses';
import { invoke, messageOf } from '../../api';
import { useAppStore } from '../../store';
import { autosave } from '../notes/autosave';
import { AuthorFields, saveAuthor, type AuthorDraft } from './authorFields';
import { MailPreview } from './MailPreview';

type Compose = ResponseOf<'mail:compose'>;
type Action = 'draft' | 'eml' | 'mailto' | 'copy' | 'send';

interface ComposeDialogProps {
  engagementId: string;
  /** The weekly retro; null for the engagement's project retro. */
  retroId: string | null;
  onClose: () => void;
}

/** Email the retro's notes: preview, recipients, subject, then one of five ways to send. */
export function ComposeDialog({ engagementId, retroId, onClose }: ComposeDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [compose, setCompose] = useState<Compose | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [to, setTo] = useState<MailAddress[]>([]);
  const [ccText, setCcText] = useState('');
  const [subject, setSubject] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [showText, setShowText] = useState(false);
  const [author, setAuthor] = useState<AuthorDraft>({ name: '', email: '' });
  const [authorErrors, setAuthorErrors] = useState<Record<string, string>>({});
  const setMailSettings = useAppStore((s) => s.setMailSettings);
  const navigate = useAppStore((s) => s.navigate);
  const reloadRetros = useAppStore((s) => s.loadRetros);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The notes are rendered by main from what it has: save what was just typed first.
    autosave
      .flushAll()
      .then(() => invoke('mail:compose', { engagementId, retroId }))
      .then(
      (result) => {
        setCompose(result);
        setTo(result.to);
        setSubject(result.subject);
      },
      (error: unknown) => setLoadError(messageOf(error)),
    );
  }, [engagementId, retroId]);

  const headers = (): OutgoingHeaders | null => {
    const cc = parseAddressList(ccText);
    if (!cc.ok) {
      setErrors({ cc: cc.error });
      return null;
    }
    const parsed = OutgoingHeadersSchema.safeParse({ to, cc: cc.addresses, subject });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return null;
    }
    setErrors({});
    return parsed.data;
  };

  /**
   * A draft needs a sender (RFC 5322): while the user has not given their name and email, the
   * dialog asks, and saves them to Settings › Mail before making the draft. False: not saved.
   */
  const ensureSender = async (): Promise<boolean> => {
    if (!compose || compose.draftFrom !== null) return true;
    const saved = await saveAuthor(author);
    if (!saved.ok || !saved.view.author) {
      setAuthorErrors(saved.ok ? { name: 'Enter your name.', email: 'Enter your email address.' } : saved.errors);
      return false;
    }
    setAuthorErrors({});
    setMailSettings(saved.view);
    setCompose({ ...compose, draftFrom: saved.view.author });
    return true;
  };

  const run = async (action: Action) => {
    const checked = headers();
    if (!checked) return;
    setBusy(action);
    setOutcome(null);
    const request = { engagementId, retroId, headers: checked };
    try {
      if ((action === 'draft' || action === 'eml') && !(await ensureSender())) return;
      switch (action) {
        case 'draft':
          await invoke('mail:draft', request);
          setOutcome({ tone: 'info', text: 'The draft is open in your mail app. Review it there and press Send.' });
          break;
        case 'eml': {
          const { path } = await invoke('mail:saveEml', request);
          setOutcome(path ? { tone: 'info', text: `Saved to ${path}.` } : { tone: 'info', text: 'Not saved.' });
          break;
        }
        case 'mailto': {
          const { truncated } = await invoke('mail:mailto', request);
          setOutcome({
            tone: 'info',
            text: truncated
              ? 'Opened in your mail app, but the notes were cut to fit a mailto: link. Use “Open as draft” for the full notes.'
              : 'Opened in your mail app as a plain-text message.',
          });
          break;
        }
        case 'copy':
          await invoke('mail:copy', request);
          setOutcome({ tone: 'info', text: 'Copied as rich text and plain text. Paste it into your web mail.' });
          break;
        case 'send':
          await invoke('mail:send', request);
          setOutcome({ tone: 'info', text: 'Queued in the Outbox. It goes out as soon as the server accepts it.' });
          break;
      }
      void reloadRetros(engagementId);
    } catch (error) {
      setOutcome({ tone: 'error', text: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <dialog ref={dialog} className="dialog compose" aria-labelledby="compose-title" onClose={onClose}>
      <header className="dialog__header">
        <h2 id="compose-title" className="dialog__title">
          Email the notes
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      {loadError ? (
        <p className="notice notice--error" role="alert">
          The notes could not be prepared: {loadError}
        </p>
      ) : !compose ? (
        <p className="muted" role="status">
          Preparing the notes…
        </p>
      ) : (
        <div className="compose__body">
          <div className="compose__fields">
            <div className="field">
              <span className="field__label" id="compose-to-label">
                To
              </span>
              <ul className="chips" aria-labelledby="compose-to-label">
                {to.map((address) => (
                  <li key={address.email} className="chip">
                    <span>{formatAddress(address)}</span>
                    <button type="button" className="chip__remove" aria-label={`Remove ${address.name || address.email}`} onClick={() => setTo(to.filter((a) => a !== address))}>
                      ×
                    </button>
                  </li>
                ))}
                {to.length === 0 ? <li className="muted">Nobody with an email address.</li> : null}
              </ul>
              {errors['to'] ? (
                <p className="field__error" role="alert">
                  {errors['to']}
                </p>
              ) : null}
              {compose.missingEmail.length > 0 ? (
                <p className="field__hint">
                  No email: {compose.missingEmail.join(', ')}. Add their addresses in the engagement’s Overview, or put them in Cc.
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor="compose-cc" className="field__label">
                Cc
              </label>
              <input
                id="compose-cc"
                className="input"
                value={ccText}
                placeholder="Name <name@example.com>, other@example.com"
                aria-invalid={Boolean(errors['cc'])}
                aria-describedby={errors['cc'] ? 'compose-cc-error' : undefined}
                onChange={(e) => setCcText(e.target.value)}
              />
              {errors['cc'] ? (
                <p id="compose-cc-error" className="field__error" role="alert">
                  {errors['cc']}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor="compose-subject" className="field__label">
                Subject
              </label>
              <input
                id="compose-subject"
                className="input"
                value={subject}
                aria-invalid={Boolean(errors['subject'])}
                aria-describedby={errors['subject'] ? 'compose-subject-error' : undefined}
                onChange={(e) => setSubject(e.target.value)}
              />
              {errors['subject'] ? (
                <p id="compose-subject-error" className="field__error" role="alert">
                  {errors['subject']}
                </p>
              ) : null}
            </div>
            {compose.draftFrom === null ? (
              <fieldset className="compose__author">
                <legend className="field__label">Your name and email</legend>
                <p className="field__hint">A draft needs a sender. Aux Desk keeps them in Settings › Mail for next time.</p>
                {authorErrors['_'] ? (
                  <p className="field__error" role="alert">
                    {authorErrors['_']}
                  </p>
                ) : null}
                <AuthorFields draft={author} onChange={setAuthor} errors={authorErrors} labels={{ name: 'Your name', email: 'Your email' }} />
              </fieldset>
            ) : null}
          </div>

          <div className="compose__preview">
            <div className="compose__preview-bar">
              <span className="field__label">Preview</span>
              <button type="button" className="button button--ghost" aria-pressed={showText} onClick={() => setShowText(!showText)}>
                {showText ? 'Show rich text' : 'Show plain text'}
              </button>
            </div>
            {showText ? (
              <pre className="mail-text" aria-label="Plain-text preview" tabIndex={0}>
                {compose.text}
              </pre>
            ) : (
              <MailPreview html={compose.html} label="Preview of the email" />
            )}
          </div>

          {outcome ? (
            <p className={`notice ${outcome.tone === 'error' ? 'notice--error' : 'notice--info'}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
              {outcome.text}
            </p>
          ) : null}

          <div className="compose__actions">
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void run('draft')}>
              {busy === 'draft' ? 'Opening…' : 'Open as draft in my mail app'}
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void run('eml')}>
              Save .eml…
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void run('copy')}>
              Copy
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void run('mailto')}>
              mailto: link
            </button>
            {compose.canSend ? (
              <button type="button" className="button" disabled={busy !== null} onClick={() => void run('send')}>
                {busy === 'send' ? 'Queuing…' : 'Send via SMTP'}
              </button>
            ) : (
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  dialog.current?.close();
                  navigate({ kind: 'settings' });
                }}
              >
                Set up SMTP…
              </button>
            )}
          </div>
        </div>
      )}
    </dialog>
  );
}
