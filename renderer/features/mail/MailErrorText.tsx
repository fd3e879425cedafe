import { mailErrorInWords } from '../../../shared/mail/errorWords';

/**
 * What went wrong with an SMTP send, in words, the raw reason folded away as the technical
 * detail: the Outbox's entries and Settings' test email say it the same way.
 */
export function MailErrorText({ raw, host }: { raw: string; host: string | null }) {
  const { summary, detail } = mailErrorInWords(raw, host);
  return (
    <div className="mail-error">
      <span>{summary}</span>
      {detail === null ? null : (
        <details className="mail-error__detail">
          <summary>Technical detail</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}
