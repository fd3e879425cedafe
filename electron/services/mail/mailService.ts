import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailAddress, OutgoingHeaders } from '../../../shared/mail/addresses';
import { buildMailto, MAILTO_MAX_LENGTH } from '../../../shared/mail/mailto';
import { toIsoDate } from '../../../shared/dates';
import { composeProjectMail } from '../../../shared/mail/projectMail';
import { composeRetroMail, type RetroMail } from '../../../shared/mail/retroMail';
import { PASSWORD_NEEDS_TLS, sendsPasswordInClear } from '../../../shared/mail/smtpSecurity';
import { graphemes } from '../../../shared/text';
import {
  MAIL_FILE_VERSION,
  MailFileSchema,
  type Author,
  type MailFile,
  type MailSettingsInput,
  type MailSettingsView,
  type OutboxItemView,
  type SecretBackend,
} from '../../../shared/model/mail';
import type { MailLogEntry } from '../../../shared/model/retro';
import { migrateMailFile } from '../../../shared/model/migrations';
import { StoreDocument, type StoreDocumentDeps } from '../documents';
import type { EngagementRepository } from '../engagements';
import { AppError } from '../errors';
import { safeExternalUrl } from '../externalUrl';
import type { ProjectRetroService } from '../projectRetro';
import type { RetroService } from '../retros';
import { makePrivateDir, writePrivateFile } from '../privateFiles';
import { scrubStoredPasswordCopies } from '../snapshots';
import { buildEml, newMessageId, type OutgoingMail } from './eml';
import { Outbox, type Transport } from './outbox';

/** The OS keychain, behind Electron's safeStorage. */
export interface Secrets {
  backend(): Promise<SecretBackend>;
  encrypt(plain: string): Promise<string>;
  decrypt(cipher: string): Promise<string>;
}

export interface MailPlatform {
  openPath(target: string): Promise<void>;
  openExternal(url: string): Promise<void>;
  saveFile(options: {
    defaultName: string;
    contents: Buffer;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  writeClipboard(content: { html: string; text: string }): Promise<void>;
  secrets: Secrets;
}

export interface MailServiceDeps extends StoreDocumentDeps {
  platform: MailPlatform;
  engagements: EngagementRepository;
  retros: RetroService;
  project: ProjectRetroService;
  newId: () => string;
  log: (message: string, error: unknown) => void;
  outboxChanged: () => void;
  retryDelayMs?: (attempt: number) => number;
}

const NO_SECURE_STORE =
  'This computer has no secure password store (Electron safeStorage reports only "basic_text"), so Aux Desk will not keep an SMTP password. Use “Open as draft in my mail app” instead, or a server that needs no password.';

const NO_AUTHOR = 'A draft needs a sender: enter your name and email (Settings › Mail) first.';

/** Whole characters only; at most 120 of them and 200 UTF-8 bytes (names may have 255, " (2).eml" must fit). */
function fileSafe(text: string): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let name = '';
  for (const g of graphemes(cleaned)) {
    if (name.length + g.length > 120 || Buffer.byteLength(name + g) > 200) break;
    name += g;
  }
  return name.trim() || 'Retro notes';
}

/** The server took the message but refused these recipients: say who and why (null: none). */
function refusedRecipients(
  rejected: string[],
  errors: { response?: string | undefined; message: string }[],
): string | null {
  if (rejected.length === 0) return null;
  const reasons = [...new Set(errors.map((e) => e.response ?? e.message))];
  return `Not delivered to ${rejected.join(', ')}${reasons.length ? ` (${reasons.join('; ')})` : ''}; the other recipients got it.`;
}

/** Composing, drafting, copying and sending a retro's notes; the SMTP settings; the outbox. */
export class MailService {
  readonly outbox: Outbox;
  readonly #deps: MailServiceDeps;
  /** mail.json, written at once on every save. */
  readonly #file: StoreDocument<MailFile>;

  constructor(deps: MailServiceDeps) {
    this.#deps = deps;
    this.#file = new StoreDocument(deps, {
      name: 'mail',
      schema: MailFileSchema,
      migrate: migrateMailFile,
      fallback: { schemaVersion: MAIL_FILE_VERSION, smtp: null, author: null, passwordCipher: null },
    });
    this.outbox = new Outbox({
      dataDir: deps.dataDir,
      factory: deps.factory,
      now: deps.now,
      report: deps.report,
      log: deps.log,
      transport: () => this.#transport(),
      retryDelayMs: deps.retryDelayMs,
      onChange: (item) => {
        try {
          const state = item.state === 'sending' ? 'queued' : item.state;
          if (item.retroId === null) deps.project.updateMailState(item.engagementId, item.id, state);
          else deps.retros.updateMailState(item.engagementId, item.retroId, item.id, state);
        } catch (error) {
          // The retro may have been deleted since; the outbox keeps its own record.
          deps.log('Could not record the mail state on its retro', error);
        }
        deps.outboxChanged();
      },
    });
  }

  load(): void {
    this.#file.open();
    // Copies made before snapshots and quarantine were scrubbed, or of a password since removed.
    this.#scrubCopies();
    this.outbox.load();
    void this.outbox.kick();
  }

  hasSmtp(): boolean {
    return this.#file.doc.smtp !== null;
  }

  async settings(): Promise<MailSettingsView> {
    return {
      smtp: this.#file.doc.smtp,
      author: this.#file.doc.author,
      hasPassword: this.#file.doc.passwordCipher !== null,
      secretBackend: await this.#deps.platform.secrets.backend(),
    };
  }

  async saveSettings(input: MailSettingsInput): Promise<MailSettingsView> {
    if (!this.#file.writable)
      throw new AppError('storage', 'Mail settings were written by a newer version of Aux Desk.');
    const { password, ...smtp } = input;
    let passwordCipher = this.#file.doc.passwordCipher;
    // A new password, or the stored one kept: either would be sent with these settings.
    const keepsPassword = password === null ? passwordCipher !== null : password !== '';
    if (sendsPasswordInClear(smtp, keepsPassword)) throw new AppError('forbidden', PASSWORD_NEEDS_TLS);
    if (password === '') passwordCipher = null;
    else if (password !== null) {
      if ((await this.#deps.platform.secrets.backend()) !== 'os') throw new AppError('forbidden', NO_SECURE_STORE);
      passwordCipher = await this.#deps.platform.secrets.encrypt(password);
    }
    const previous = this.#file.doc.passwordCipher;
    this.#file.write({ ...this.#file.doc, schemaVersion: MAIL_FILE_VERSION, smtp, passwordCipher });
    // A removed (or replaced) password leaves no copy behind in snapshots or quarantine.
    if (previous !== null && passwordCipher !== previous) this.#scrubCopies();
    void this.outbox.kick();
    return this.settings();
  }

  #scrubCopies(): void {
    try {
      scrubStoredPasswordCopies(this.#deps.dataDir);
    } catch (error) {
      this.#deps.log('Removing the SMTP password from snapshots and quarantine failed', error);
    }
  }

  /**
   * The From of a draft: "Your name and email", else the SMTP sender; null when neither is set
   * (the compose dialog then asks for the name and email before making a draft).
   */
  draftFrom(): MailAddress | null {
    return this.#file.doc.author ?? this.#file.doc.smtp?.from ?? null;
  }

  /** Saves "Your name and email" (null clears it): the From of drafts. */
  async saveAuthor(author: Author | null): Promise<MailSettingsView> {
    if (!this.#file.writable)
      throw new AppError('storage', 'Mail settings were written by a newer version of Aux Desk.');
    this.#file.write({ ...this.#file.doc, author });
    return this.settings();
  }

  /** The mail for a weekly retro, or (retroId null) for the engagement's project retro. */
  compose(engagementId: string, retroId: string | null, subject?: string): RetroMail {
    const doc = this.#deps.engagements.readDoc(engagementId);
    if (retroId === null) {
      return composeProjectMail({ file: doc, today: toIsoDate(this.#deps.now()), ...(subject ? { subject } : {}) });
    }
    const retro = doc.retro.retros.find((r) => r.id === retroId && r.deletedAt === null);
    if (!retro) throw new AppError('not-found', 'That retro no longer exists.');
    return composeRetroMail({
      engagement: doc.engagement,
      retro,
      goals: doc.retro.goals,
      ...(subject ? { subject } : {}),
    });
  }

  /** Writes an .eml draft (X-Unsent: 1) and opens it in the user's mail app. */
  async draft(engagementId: string, retroId: string | null, headers: OutgoingHeaders): Promise<{ path: string }> {
    const { bytes, mail } = await this.#build(engagementId, retroId, headers, true);
    const dir = path.join(this.#deps.dataDir, 'drafts');
    makePrivateDir(dir);
    let target = path.join(dir, `${fileSafe(mail.subject)}.eml`);
    for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, `${fileSafe(mail.subject)} (${n}).eml`);
    writePrivateFile(target, bytes);
    this.#record(engagementId, retroId, 'draft', 'drafted', headers, null);
    await this.#deps.platform.openPath(target);
    return { path: target };
  }

  async saveEml(
    engagementId: string,
    retroId: string | null,
    headers: OutgoingHeaders,
  ): Promise<{ path: string | null }> {
    const { bytes, mail } = await this.#build(engagementId, retroId, headers, true);
    const saved = await this.#deps.platform.saveFile({
      defaultName: `${fileSafe(mail.subject)}.eml`,
      contents: bytes,
      filters: [{ name: 'Email message', extensions: ['eml'] }],
    });
    if (saved) this.#record(engagementId, retroId, 'eml', 'drafted', headers, null);
    return { path: saved };
  }

  async mailto(
    engagementId: string,
    retroId: string | null,
    headers: OutgoingHeaders,
  ): Promise<{ truncated: boolean }> {
    const mail = this.compose(engagementId, retroId, headers.subject);
    const { url, truncated } = buildMailto({
      to: headers.to,
      cc: headers.cc,
      subject: headers.subject,
      text: mail.text,
    });
    if (url.length > MAILTO_MAX_LENGTH) {
      throw new AppError(
        'invalid-payload',
        'Too many recipients for a mailto: link. Use “Open as draft in my mail app” instead.',
      );
    }
    // Built here from validated headers; checked anyway, as everything handed to the OS is.
    const safe = safeExternalUrl(url);
    if (!safe) throw new AppError('forbidden', 'That mailto: link carries more than recipients, a subject and a body.');
    await this.#deps.platform.openExternal(safe.href);
    this.#record(engagementId, retroId, 'mailto', 'drafted', headers, null);
    return { truncated };
  }

  async copy(engagementId: string, retroId: string | null, headers: OutgoingHeaders): Promise<void> {
    const mail = this.compose(engagementId, retroId, headers.subject);
    await this.#deps.platform.writeClipboard({ html: mail.html, text: mail.text });
    this.#record(engagementId, retroId, 'copy', 'copied', headers, null);
  }

  async send(engagementId: string, retroId: string | null, headers: OutgoingHeaders): Promise<OutboxItemView> {
    if (!this.#file.doc.smtp)
      throw new AppError('forbidden', 'Set up an SMTP server in Settings › Mail first, or open the notes as a draft.');
    const { bytes, mail } = await this.#build(engagementId, retroId, headers, false);
    const id = this.#deps.newId();
    const item = await this.outbox.enqueue({
      id,
      messageId: mail.messageId,
      engagementId,
      retroId,
      subject: mail.subject,
      to: [...headers.to, ...headers.cc].map((a) => a.email),
      createdAt: this.#deps.now().toISOString(),
      raw: bytes.toString('utf8'),
      envelope: { from: this.#file.doc.smtp.from.email, to: [...headers.to, ...headers.cc].map((a) => a.email) },
    });
    this.#record(engagementId, retroId, 'smtp', 'queued', headers, id);
    return item;
  }

  async #build(
    engagementId: string,
    retroId: string | null,
    headers: OutgoingHeaders,
    draft: boolean,
  ): Promise<{ bytes: Buffer; mail: OutgoingMail }> {
    const composed = this.compose(engagementId, retroId, headers.subject);
    // RFC 5322 requires a From: a draft is from the user, a sent mail from the SMTP account.
    const from: MailAddress | null = draft ? this.draftFrom() : (this.#file.doc.smtp?.from ?? null);
    if (from === null) throw new AppError('invalid-payload', NO_AUTHOR);
    const mail: OutgoingMail = {
      from,
      to: headers.to,
      cc: headers.cc,
      subject: headers.subject,
      html: composed.html,
      text: composed.text,
      messageId: newMessageId(from),
      date: this.#deps.now(),
    };
    return { bytes: await buildEml(mail, { draft }), mail };
  }

  #record(
    engagementId: string,
    retroId: string | null,
    via: MailLogEntry['via'],
    state: MailLogEntry['state'],
    headers: OutgoingHeaders,
    outboxId: string | null,
  ): void {
    const entry: MailLogEntry = {
      at: this.#deps.now().toISOString(),
      via,
      to: [...headers.to, ...headers.cc].map((a) => a.email),
      state,
      outboxId,
    };
    if (retroId === null) this.#deps.project.recordMail(engagementId, entry);
    else this.#deps.retros.recordMail(engagementId, retroId, entry);
  }

  async #transport(): Promise<Transport | null> {
    const smtp = this.#file.doc.smtp;
    if (!smtp) return null;
    // Settings saved before this rule existed: fail the message (for good, with the reason)
    // rather than log in over a plain connection.
    if (sendsPasswordInClear(smtp, this.#file.doc.passwordCipher !== null)) {
      return { send: () => Promise.reject(Object.assign(new Error(PASSWORD_NEEDS_TLS), { permanent: true })) };
    }
    let pass: string | undefined;
    if (this.#file.doc.passwordCipher !== null) {
      try {
        pass = await this.#deps.platform.secrets.decrypt(this.#file.doc.passwordCipher);
      } catch (error) {
        this.#deps.log('The SMTP password could not be decrypted', error);
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
}
