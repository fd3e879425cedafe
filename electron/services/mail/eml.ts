import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { MailAddress } from '../../../shared/mail/addresses';
import { graphemes, replaceControlChars } from '../../../shared/text';

export interface OutgoingMail {
  /** RFC 5322 requires a From, drafts too: the caller says who the mail is from. */
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  html: string;
  text: string;
  messageId: string;
  date: Date;
}

/** A stable, unique Message-ID: the same message keeps it across every retry. */
export function newMessageId(from: MailAddress | null): string {
  const domain = from?.email.split('@')[1] ?? 'aux-desk.local';
  return `<${randomUUID()}@${domain}>`;
}

/**
 * The message as RFC 5322 bytes: CRLF line ends, multipart/alternative with a plain-text
 * and an HTML part, UTF-8 headers encoded, long lines folded. `draft` adds X-Unsent: 1 so
 * Outlook opens the .eml as an editable draft.
 */
export async function buildEml(mail: OutgoingMail, options: { draft: boolean }): Promise<Buffer> {
  const composer = new MailComposer({
    from: toNodemailer(mail.from),
    to: mail.to.map(toNodemailer),
    cc: mail.cc.length ? mail.cc.map(toNodemailer) : undefined,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    date: mail.date,
    headers: options.draft ? { 'X-Unsent': '1' } : {},
    // CRLF everywhere: without this, a 7bit (all-ASCII) part keeps the bare LFs of our text.
    newline: 'windows',
    // Our content is built in memory: never let it read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}

/** Nodemailer's address shape: `address`, not `email`. */
function toNodemailer(a: MailAddress): { name: string; address: string } {
  return { name: a.name, address: a.email };
}

/** Whole characters only; at most 120 of them and 200 UTF-8 bytes (names may have 255, " (2).eml" must fit). */
export function fileSafe(text: string): string {
  // Control characters (the rule in shared/text.ts) and what Windows refuses in a file name.
  const cleaned = replaceControlChars(text, ' ')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let name = '';
  for (const g of graphemes(cleaned)) {
    if (name.length + g.length > 120 || Buffer.byteLength(name + g) > 200) break;
    name += g;
  }
  return name.trim() || 'Retro notes';
}
