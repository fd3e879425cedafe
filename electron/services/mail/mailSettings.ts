import type { MailAddress } from '../../../shared/mail/addresses';
import { PASSWORD_NEEDS_TLS, sendsPasswordInClear } from '../../../shared/mail/smtpSecurity';
import {
  MAIL_FILE_VERSION,
  MailFileSchema,
  type Author,
  type MailFile,
  type MailSettingsInput,
  type MailSettingsView,
  type SecretBackend,
} from '../../../shared/model/mail';
import { migrateMailFile } from '../../../shared/model/migrations';
import { StoreDocument, type StoreDocumentDeps } from '../documents';
import { AppError } from '../errors';
import { scrubStoredPasswordCopies } from '../snapshots';

/** The OS keychain, behind Electron's safeStorage. */
export interface Secrets {
  backend(): Promise<SecretBackend>;
  encrypt(plain: string): Promise<string>;
  decrypt(cipher: string): Promise<string>;
}

export interface MailSettingsDeps extends StoreDocumentDeps {
  secrets: Secrets;
  log: (message: string, error: unknown) => void;
}

const NO_SECURE_STORE =
  'This computer has no secure password store (Electron safeStorage reports only "basic_text"), so Aux Desk will not keep an SMTP password. Use “Open as draft in my mail app” instead, or a server that needs no password.';

const NEWER_VERSION = 'Mail settings were written by a newer version of Aux Desk.';

/**
 * mail.json: the SMTP server, its password (encrypted by the OS keychain, never plain) and
 * "Your name and email". Written at once on every save; a password removed or replaced
 * leaves no copy behind in snapshots or quarantine.
 */
export class MailSettings {
  readonly #deps: MailSettingsDeps;
  readonly #file: StoreDocument<MailFile>;

  constructor(deps: MailSettingsDeps) {
    this.#deps = deps;
    this.#file = new StoreDocument(deps, {
      name: 'mail',
      schema: MailFileSchema,
      migrate: migrateMailFile,
      fallback: { schemaVersion: MAIL_FILE_VERSION, smtp: null, author: null, passwordCipher: null },
    });
  }

  load(): void {
    this.#file.open();
    // Copies made before snapshots and quarantine were scrubbed, or of a password since removed.
    this.#scrubCopies();
  }

  /** The SMTP server (null while none is set up). */
  get smtp(): MailFile['smtp'] {
    return this.#file.doc.smtp;
  }

  get passwordCipher(): string | null {
    return this.#file.doc.passwordCipher;
  }

  async view(): Promise<MailSettingsView> {
    return {
      smtp: this.#file.doc.smtp,
      author: this.#file.doc.author,
      hasPassword: this.#file.doc.passwordCipher !== null,
      secretBackend: await this.#deps.secrets.backend(),
    };
  }

  async save(input: MailSettingsInput): Promise<MailSettingsView> {
    if (!this.#file.writable) throw new AppError('storage', NEWER_VERSION);
    const { password, ...smtp } = input;
    let passwordCipher = this.#file.doc.passwordCipher;
    // A new password, or the stored one kept: either would be sent with these settings.
    const keepsPassword = password === null ? passwordCipher !== null : password !== '';
    if (sendsPasswordInClear(smtp, keepsPassword)) throw new AppError('forbidden', PASSWORD_NEEDS_TLS);
    if (password === '') passwordCipher = null;
    else if (password !== null) {
      if ((await this.#deps.secrets.backend()) !== 'os') throw new AppError('forbidden', NO_SECURE_STORE);
      passwordCipher = await this.#deps.secrets.encrypt(password);
    }
    const previous = this.#file.doc.passwordCipher;
    this.#file.write({ ...this.#file.doc, schemaVersion: MAIL_FILE_VERSION, smtp, passwordCipher });
    // A removed (or replaced) password leaves no copy behind in snapshots or quarantine.
    if (previous !== null && passwordCipher !== previous) this.#scrubCopies();
    return this.view();
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
    if (!this.#file.writable) throw new AppError('storage', NEWER_VERSION);
    this.#file.write({ ...this.#file.doc, author });
    return this.view();
  }

  #scrubCopies(): void {
    try {
      scrubStoredPasswordCopies(this.#deps.dataDir);
    } catch (error) {
      this.#deps.log('Removing the SMTP password from snapshots and quarantine failed', error);
    }
  }
}
