import { awaitingSentConfirmation } from '../../../shared/retro/rules';
import fs from 'node:fs';
import path from 'node:path';
import { formatAddress, type MailAddress, type OutgoingHeaders } from '../../../shared/mail/addresses';
import { buildMailto, MAILTO_MAX_LENGTH } from '../../../shared/mail/mailto';
import { localDateOf } from '../../../shared/dates';
import { composeProjectMail } from '../../../shared/mail/projectMail';
import { composeRetroMail, type RetroMail } from '../../../shared/mail/retroMail';
import { composeSurveyMail } from '../../../shared/mail/surveyMail';
import {
  mailNoteOf,
  type LoggedNote,
  type MailNote,
  type MailSettingsInput,
  type MailSettingsView,
  type OutboxItemView,
} from '../../../shared/model/mail';
import type { MailLogEntry } from '../../../shared/model/retro';
import type { MailMethod } from '../../../shared/model/settings';
import type { StoreDocumentDeps } from '../documents';
import type { EngagementRepository } from '../engagements';
import { AppError } from '../errors';
import { safeExternalUrl } from '../externalUrl';
import type { ProjectRetroService } from '../projectRetro';
import type { RetroService } from '../retros';
import { makePrivateDir, writePrivateFile } from '../privateFiles';
import { addAttendeeEmail } from './addEmail';
import { buildEml, fileSafe, newMessageId, type OutgoingMail } from './eml';
import { MailSettings, type Secrets } from './mailSettings';
import { Outbox } from './outbox';
import { smtpTransport } from './smtpTransport';
import { TestEmail } from './testEmail';

export interface MailPlatform {
  openPath(target: string): Promise<void>;
  openExternal(url: string): Promise<void>;
  saveFile(options: {
    defaultName: string;
    contents: Buffer;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  /** Rich HTML and plain text together; plain text alone when there is no HTML (an address list, a subject). */
  writeClipboard(content: { html?: string; text: string }): Promise<void>;
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
  /** Saves the way the notes just left (Settings' mailMethod), which the dialog offers first next time. */
  rememberMethod: (method: MailMethod) => void;
}

const NO_AUTHOR = 'A draft needs a sender: enter your name and email (Settings › Mail) first.';

/**
 * Composing, drafting, copying and sending the notes of a weekly retro or of the project
 * retro, each recorded in that retro's mail log; the settings (mail.json) and the outbox.
 */
export class MailService {
  readonly settings: MailSettings;
  readonly outbox: Outbox;
  readonly testEmail: TestEmail;
  readonly #deps: MailServiceDeps;

  constructor(deps: MailServiceDeps) {
    this.#deps = deps;
    this.settings = new MailSettings({ ...deps, secrets: deps.platform.secrets });
    this.testEmail = new TestEmail({ ...deps, settings: this.settings, secrets: deps.platform.secrets });
    this.outbox = new Outbox({
      dataDir: deps.dataDir,
      factory: deps.factory,
      now: deps.now,
      report: deps.report,
      log: deps.log,
      transport: () => smtpTransport(this.settings, deps.platform.secrets, deps.log),
      retryDelayMs: deps.retryDelayMs,
      onChange: (item) => {
        try {
          const state = item.state === 'sending' ? 'queued' : item.state;
          const note = mailNoteOf(item);
          if (note.kind === 'project') deps.project.updateMailState(item.engagementId, item.id, state);
          else deps.retros.updateMailState(item.engagementId, note.retroId, item.id, state);
        } catch (error) {
          // The retro may have been deleted since; the outbox keeps its own record.
          deps.log('Could not record the mail state on its retro', error);
        }
        deps.outboxChanged();
      },
    });
  }

  load(): void {
    this.settings.load();
    this.outbox.load();
    void this.outbox.kick();
  }

  /** Saves the SMTP settings; the outbox tries again at once with them. */
  async saveSettings(input: MailSettingsInput): Promise<MailSettingsView> {
    const view = await this.settings.save(input);
    void this.outbox.kick();
    return view;
  }

  compose(engagementId: string, note: MailNote, subject?: string): RetroMail {
    const doc = this.#deps.engagements.readDoc(engagementId);
    if (note.kind === 'survey') {
      return composeSurveyMail({ engagement: doc.engagement, survey: note.survey, ...(subject ? { subject } : {}) });
    }
    if (note.kind === 'project') {
      return composeProjectMail({ file: doc, today: localDateOf(this.#deps.now()), ...(subject ? { subject } : {}) });
    }
    const retro = doc.retro.retros.find((r) => r.id === note.retroId && r.deletedAt === null);
    if (!retro) throw new AppError('not-found', 'That retro no longer exists.');
    return composeRetroMail({
      engagement: doc.engagement,
      retro,
      goals: doc.retro.goals,
      ...(subject ? { subject } : {}),
    });
  }

  /** "Ana Lima · add email" in the compose dialog (addEmail.ts); the mail again, with her in it. */
  addEmail(request: { engagementId: string; note: MailNote; name: string; email: string }): RetroMail {
    addAttendeeEmail(this.#deps.engagements, this.#deps.now, request);
    return this.compose(request.engagementId, request.note);
  }

  /** Writes an .eml draft (X-Unsent: 1) and opens it in the user's mail app. */
  async draft(engagementId: string, note: MailNote, headers: OutgoingHeaders): Promise<{ path: string }> {
    const { bytes, mail } = await this.#build(engagementId, note, headers, true);
    const dir = path.join(this.#deps.dataDir, 'drafts');
    makePrivateDir(dir);
    let target = path.join(dir, `${fileSafe(mail.subject)}.eml`);
    for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, `${fileSafe(mail.subject)} (${n}).eml`);
    writePrivateFile(target, bytes);
    // Drafted once the mail app has it: a draft that could not be opened leaves the reminder.
    await this.#deps.platform.openPath(target);
    this.#record(engagementId, note, 'draft', 'drafted', headers, null);
    return { path: target };
  }

  async saveEml(engagementId: string, note: MailNote, headers: OutgoingHeaders): Promise<{ path: string | null }> {
    const { bytes, mail } = await this.#build(engagementId, note, headers, true);
    const saved = await this.#deps.platform.saveFile({
      defaultName: `${fileSafe(mail.subject)}.eml`,
      contents: bytes,
      filters: [{ name: 'Email message', extensions: ['eml'] }],
    });
    if (saved) this.#record(engagementId, note, 'eml', 'drafted', headers, null);
    return { path: saved };
  }

  async mailto(engagementId: string, note: MailNote, headers: OutgoingHeaders): Promise<{ truncated: boolean }> {
    const mail = this.compose(engagementId, note, headers.subject);
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
    this.#record(engagementId, note, 'mailto', 'drafted', headers, null);
    return { truncated };
  }

  async copy(engagementId: string, note: MailNote, headers: OutgoingHeaders): Promise<void> {
    const mail = this.compose(engagementId, note, headers.subject);
    await this.#deps.platform.writeClipboard({ html: mail.html, text: mail.text });
    this.#record(engagementId, note, 'copy', 'copied', headers, null);
  }

  /**
   * For web mail: the recipients or the subject as plain text, to paste into its fields.
   * Nothing left the app, so nothing is recorded: the notes are not drafted nor emailed.
   */
  async copyHeader(part: { recipients: MailAddress[] } | { subject: string }): Promise<void> {
    const text = 'subject' in part ? part.subject : part.recipients.map(formatAddress).join(', ');
    await this.#deps.platform.writeClipboard({ text });
  }

  /**
   * "I sent it": the notes drafted, copied or opened as mailto: went out from the user's mail
   * app. Recorded as a 'sent' entry of that way, to the same people; only then do they count
   * as emailed.
   */
  confirmSent(engagementId: string, note: LoggedNote): MailLogEntry {
    const log =
      note.kind === 'project'
        ? this.#deps.project.section(engagementId).retro.mailLog
        : this.#deps.retros.section(engagementId).retros.find((r) => r.id === note.retroId)?.mailLog;
    if (!log) throw new AppError('not-found', 'That retro no longer exists. It may have been deleted.');
    // The same rule as the retro's mail line and This week: a draft or copy not followed by a send.
    const drafted = awaitingSentConfirmation({ mailLog: log });
    if (!drafted) {
      throw new AppError(
        'invalid-payload',
        'Nothing is waiting to be confirmed: these notes were not drafted or copied since they were last sent.',
      );
    }
    const entry: MailLogEntry = { ...drafted, at: this.#deps.now().toISOString(), state: 'sent', outboxId: null };
    if (note.kind === 'project') this.#deps.project.recordMail(engagementId, entry);
    else this.#deps.retros.recordMail(engagementId, note.retroId, entry);
    return entry;
  }

  async send(engagementId: string, note: MailNote, headers: OutgoingHeaders): Promise<OutboxItemView> {
    const smtp = this.settings.smtp;
    if (!smtp)
      throw new AppError('forbidden', 'Set up an SMTP server in Settings › Mail first, or open the notes as a draft.');
    const { bytes, mail } = await this.#build(engagementId, note, headers, false);
    const id = this.#deps.newId();
    const item = await this.outbox.enqueue({
      id,
      messageId: mail.messageId,
      engagementId,
      // outbox.json keeps the notes as a retroId, null for the project retro (mailNoteOf reads it back).
      retroId: note.kind === 'retro' ? note.retroId : null,
      subject: mail.subject,
      to: [...headers.to, ...headers.cc].map((a) => a.email),
      createdAt: this.#deps.now().toISOString(),
      raw: bytes.toString('utf8'),
      envelope: { from: smtp.from.email, to: [...headers.to, ...headers.cc].map((a) => a.email) },
    });
    this.#record(engagementId, note, 'smtp', 'queued', headers, id);
    return item;
  }

  async #build(
    engagementId: string,
    note: MailNote,
    headers: OutgoingHeaders,
    draft: boolean,
  ): Promise<{ bytes: Buffer; mail: OutgoingMail }> {
    const composed = this.compose(engagementId, note, headers.subject);
    // RFC 5322 requires a From: a draft is from the user, a sent mail from the SMTP account.
    const from: MailAddress | null = draft ? this.settings.draftFrom() : (this.settings.smtp?.from ?? null);
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
    note: MailNote,
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
    // The survey has no mail log (the engagement file has no place for one): only the way out is remembered.
    if (note.kind === 'project') this.#deps.project.recordMail(engagementId, entry);
    else if (note.kind === 'retro') this.#deps.retros.recordMail(engagementId, note.retroId, entry);
    try {
      this.#deps.rememberMethod(via);
    } catch (error) {
      // A convenience for next time: the mail has left, which is what the user asked for.
      this.#deps.log('Could not remember the mail method', error);
    }
  }
}
