import { z } from 'zod';
import { headerText, MailAddressSchema, OutgoingHeadersSchema } from '../mail/addresses';
import { IdSchema } from './engagement';
import { NpsSurveySchema } from './projectRetro';

export const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;
export type SmtpSecurity = (typeof SMTP_SECURITY)[number];
export const SMTP_SECURITY_LABELS: Record<SmtpSecurity, string> = {
  tls: 'TLS (usually port 465)',
  starttls: 'STARTTLS (usually port 587)',
  none: 'None (local relays only)',
};

const HOST_RE =
  /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\d{1,3}(\.\d{1,3}){3}$|^\[[0-9A-Fa-f:.]+\]$/;

const SmtpFields = {
  host: headerText('The host', 253)
    .pipe(z.string().min(1, 'Enter the SMTP server, e.g. smtp.example.com.'))
    .refine((h) => HOST_RE.test(h), { message: 'Enter a host name or IP address, e.g. smtp.example.com.' }),
  port: z
    .number({ message: 'Enter a port number.' })
    .int('Enter a whole number.')
    .min(1, 'Ports go from 1 to 65535.')
    .max(65535, 'Ports go from 1 to 65535.'),
  security: z.enum(SMTP_SECURITY, { message: 'Choose how to secure the connection.' }),
  user: headerText('The user name', 254),
  from: MailAddressSchema,
};

/** What the user enters. `password`: null keeps the stored one, '' removes it. */
export const MailSettingsInputSchema = z.object({ ...SmtpFields, password: z.string().max(1024).nullable() }).strict();
export type MailSettingsInput = z.infer<typeof MailSettingsInputSchema>;

const SmtpSettingsSchema = z.object(SmtpFields).strict();

/**
 * "Your name and email": who writes the notes. The From of every draft and .eml (RFC 5322
 * requires one), and kept whether or not SMTP is set up.
 */
const AuthorSchema = z
  .object({
    name: headerText('Your name', 120).pipe(z.string().min(1, 'Enter your name.')),
    email: headerText('Your email', 254).pipe(z.email({ message: 'This is not a valid email address.' })),
  })
  .strict();
export type Author = z.infer<typeof AuthorSchema>;

/** null clears it. */
export const AuthorInputSchema = z.object({ author: AuthorSchema.nullable() }).strict();

const SECRET_BACKENDS = ['os', 'basic_text', 'unavailable'] as const;
export type SecretBackend = (typeof SECRET_BACKENDS)[number];

export const MailSettingsViewSchema = z.object({
  smtp: SmtpSettingsSchema.nullable(),
  author: AuthorSchema.nullable(),
  hasPassword: z.boolean(),
  /** 'os' when safeStorage has a real keychain; passwords are refused otherwise. */
  secretBackend: z.enum(SECRET_BACKENDS),
});
export type MailSettingsView = z.infer<typeof MailSettingsViewSchema>;

/**
 * "Send a test email": the server took it for the user's own address, or its reason why not,
 * raw as the server or nodemailer gave it (the renderer says it in words, mail/errorWords.ts).
 */
export const TestEmailResultSchema = z.discriminatedUnion('sent', [
  z.object({ sent: z.literal(true), to: z.string() }).strict(),
  z.object({ sent: z.literal(false), error: z.string() }).strict(),
]);
export type TestEmailResult = z.infer<typeof TestEmailResultSchema>;

export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** An outbox message as the renderer sees it (without the message bytes). */
export const OutboxItemViewSchema = z.object({
  id: IdSchema,
  messageId: z.string(),
  engagementId: IdSchema,
  /** The weekly retro whose notes these are; null for the engagement's project retro. */
  retroId: IdSchema.nullable(),
  subject: z.string(),
  to: z.array(z.string()),
  state: z.enum(OUTBOX_STATES),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export type OutboxItemView = z.infer<typeof OutboxItemViewSchema>;

export const OutboxItemSchema = OutboxItemViewSchema.extend({
  /** The RFC 5322 message as built when queued: every retry sends the same bytes (same Message-ID). */
  raw: z.string().max(20_000_000, 'it is larger than 20 MB'),
  envelope: z.object({ from: z.string(), to: z.array(z.string()).min(1) }).strict(),
}).strict();
export type OutboxItem = z.infer<typeof OutboxItemSchema>;

export const OUTBOX_FILE_VERSION = 1;
/** The file's cap: a longer outbox.json is quarantined on load. */
export const MAX_OUTBOX_MESSAGES = 10_000;
export const OutboxFileSchema = z
  .object({
    schemaVersion: z.literal(OUTBOX_FILE_VERSION),
    messages: z.array(OutboxItemSchema).max(MAX_OUTBOX_MESSAGES),
  })
  .strict();
export type OutboxFile = z.infer<typeof OutboxFileSchema>;

/** Version 2 added `author` ("Your name and email"). */
export const MAIL_FILE_VERSION = 2;
export const MailFileSchema = z
  .object({
    schemaVersion: z.literal(MAIL_FILE_VERSION),
    smtp: SmtpSettingsSchema.nullable(),
    author: AuthorSchema.nullable(),
    /** The SMTP password as encrypted by the OS keychain (safeStorage), base64. Never plain text. */
    passwordCipher: z.string().max(8192).nullable(),
  })
  .strict();
export type MailFile = z.infer<typeof MailFileSchema>;

const RetroNoteSchema = z.object({ kind: z.literal('retro'), retroId: IdSchema }).strict();
const ProjectNoteSchema = z.object({ kind: z.literal('project') }).strict();

/** Notes with a mail log (to whom and when they were emailed): a weekly retro's, or the project retro's. */
export const LoggedNoteSchema = z.discriminatedUnion('kind', [RetroNoteSchema, ProjectNoteSchema]);
export type LoggedNote = z.infer<typeof LoggedNoteSchema>;

/**
 * What a mail carries: a weekly retro's notes, the project retro's, or the engagement's NPS
 * survey to the host team, with its text as edited. The survey has no mail log: the
 * engagement file has no place for one.
 */
export const MailNoteSchema = z.discriminatedUnion('kind', [
  RetroNoteSchema,
  ProjectNoteSchema,
  z.object({ kind: z.literal('survey'), survey: NpsSurveySchema }).strict(),
]);
export type MailNote = z.infer<typeof MailNoteSchema>;

/**
 * The notes of an outbox item, which stores them as retroId (null: the project retro, or the
 * survey, which is sent from the project retro's page and has no log of its own to update).
 */
export function mailNoteOf(item: Pick<OutboxItemView, 'retroId'>): LoggedNote {
  return item.retroId === null ? { kind: 'project' } : { kind: 'retro', retroId: item.retroId };
}

export const ComposeRequestSchema = z
  .object({ engagementId: IdSchema, note: MailNoteSchema, headers: OutgoingHeadersSchema })
  .strict();
