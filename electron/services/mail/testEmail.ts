import { escapeHtml } from '../../../shared/html';
import type { MailAddress } from '../../../shared/mail/addresses';
import type { TestEmailResult } from '../../../shared/model/mail';
import { AppError } from '../errors';
import { buildEml, newMessageId } from './eml';
import type { MailSettings, Secrets } from './mailSettings';
import { describeError } from './outboxItems';
import { smtpTransport } from './smtpTransport';

export interface TestEmailDeps {
  settings: Pick<MailSettings, 'smtp' | 'passwordCipher'>;
  secrets: Secrets;
  now: () => Date;
  log: (message: string, error: unknown) => void;
}

export const TEST_EMAIL_SUBJECT = 'Aux Desk test email';

const NOT_SET_UP = 'Set up an SMTP server first: fill in the server and your address, then save the mail settings.';
const NO_PASSWORD =
  'The stored SMTP password could not be read from your system keychain. Type it again, save, and send another test.';

/** The short message itself: where it came through, so the user knows which settings worked. */
export function testEmailText(server: string, to: string): { text: string; html: string } {
  const lines = [
    'This is a test email from Aux Desk.',
    `Your SMTP settings work: Aux Desk reached ${server} and the server accepted this message for ${to}. Notes you send via SMTP go out the same way.`,
  ];
  return { text: `${lines.join('\n\n')}\n`, html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n') };
}

/**
 * "Send a test email": a short message to the user's own From address, over the saved SMTP
 * settings and the same transport as the outbox, sent now and not queued: the answer is
 * whether the server took it, with its reason when not (shown in words, shared/mail/errorWords.ts).
 * One test at a time: a second click while one is on its way is refused.
 */
export class TestEmail {
  readonly #deps: TestEmailDeps;
  #sending = false;

  constructor(deps: TestEmailDeps) {
    this.#deps = deps;
  }

  async send(): Promise<TestEmailResult> {
    const smtp = this.#deps.settings.smtp;
    if (!smtp) throw new AppError('forbidden', NOT_SET_UP);
    if (this.#sending) throw new AppError('forbidden', 'A test email is already on its way: wait for its answer.');
    this.#sending = true;
    try {
      return await this.#send(smtp.from, `${smtp.host}:${smtp.port}`);
    } finally {
      this.#sending = false;
    }
  }

  async #send(from: MailAddress, server: string): Promise<TestEmailResult> {
    const transport = await smtpTransport(this.#deps.settings, this.#deps.secrets, this.#deps.log);
    if (!transport) return { sent: false, error: NO_PASSWORD };
    const body = testEmailText(server, from.email);
    const raw = await buildEml(
      {
        from,
        to: [from],
        cc: [],
        subject: TEST_EMAIL_SUBJECT,
        ...body,
        messageId: newMessageId(from),
        date: this.#deps.now(),
      },
      { draft: false },
    );
    try {
      const refused = await transport.send({ envelope: { from: from.email, to: [from.email] }, raw: raw.toString() });
      return refused === null ? { sent: true, to: from.email } : { sent: false, error: refused };
    } catch (error) {
      return { sent: false, error: describeError(error).reason };
    }
  }
}
