import nodemailer from 'nodemailer';
import { PASSWORD_NEEDS_TLS, sendsPasswordInClear } from '../../../shared/mail/smtpSecurity';
import type { MailSettings, Secrets } from './mailSettings';
import type { OutboxItem } from '../../../shared/model/mail';

/** The server took the message but refused these recipients: say who and why (null: none). */
function refusedRecipients(
  rejected: string[],
  errors: { response?: string | undefined; message: string }[],
): string | null {
  if (rejected.length === 0) return null;
  const reasons = [...new Set(errors.map((e) => e.response ?? e.message))];
  return `Not delivered to ${rejected.join(', ')}${reasons.length ? ` (${reasons.join('; ')})` : ''}; the other recipients got it.`;
}

/** Sends one message's bytes to its envelope's recipients (the outbox's Transport, and the test email). */
export interface SmtpTransport {
  send(message: Pick<OutboxItem, 'envelope' | 'raw'>): Promise<string | null>;
}

/**
 * The outbox's way out: a nodemailer SMTP connection per message, from the current settings.
 * Null while no server is set up or its password cannot be decrypted (the outbox waits).
 */
export async function smtpTransport(
  settings: Pick<MailSettings, 'smtp' | 'passwordCipher'>,
  secrets: Secrets,
  log: (message: string, error: unknown) => void,
): Promise<SmtpTransport | null> {
  const smtp = settings.smtp;
  if (!smtp) return null;
  // Settings saved before this rule existed: fail the message (for good, with the reason)
  // rather than log in over a plain connection.
  if (sendsPasswordInClear(smtp, settings.passwordCipher !== null)) {
    return { send: () => Promise.reject(Object.assign(new Error(PASSWORD_NEEDS_TLS), { permanent: true })) };
  }
  let pass: string | undefined;
  if (settings.passwordCipher !== null) {
    try {
      pass = await secrets.decrypt(settings.passwordCipher);
    } catch (error) {
      log('The SMTP password could not be decrypted', error);
      return null;
    }
  }
  const transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    ignoreTLS: smtp.security === 'none',
    auth: smtp.user !== '' ? { user: smtp.user, pass: pass ?? '' } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (item) => {
      try {
        const info = await transporter.sendMail({ envelope: item.envelope, raw: item.raw });
        return refusedRecipients(info.rejected, info.rejectedErrors ?? []);
      } finally {
        transporter.close();
      }
    },
  };
}
