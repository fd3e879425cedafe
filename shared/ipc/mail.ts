import { z } from 'zod';
import { MailAddressSchema, OutgoingHeadersSchema } from '../mail/addresses';
import { IdSchema, PersonEmailSchema } from '../model/engagement';
import { MailLogEntrySchema } from '../model/retro';
import {
  AuthorInputSchema,
  ComposeRequestSchema,
  LoggedNoteSchema,
  MailNoteSchema,
  MailSettingsInputSchema,
  MailSettingsViewSchema,
  MAX_OUTBOX_MESSAGES,
  OutboxItemViewSchema,
  TestEmailResultSchema,
} from '../model/mail';
import { ById, type ChannelGroup, Empty } from './common';

/** Mailing notes (a weekly retro’s or the project retro’s) and the NPS survey, the mail settings and the outbox. */
const ComposeResponse = z.object({
  subject: z.string(),
  to: z.array(MailAddressSchema),
  missingEmail: z.array(z.string()),
  html: z.string(),
  text: z.string(),
  /** Whether "Send via SMTP" is set up. */
  canSend: z.boolean(),
  /** The From of a draft; null until the user gives their name and email (Settings › Mail). */
  draftFrom: MailAddressSchema.nullable(),
});

export const mailChannels = {
  'mail:compose': {
    request: z.object({ engagementId: IdSchema, note: MailNoteSchema }).strict(),
    response: ComposeResponse,
  },
  /**
   * The compose dialog adds the address of an attendee who has none: saved to the engagement's
   * people (and this retro's attendee); a guest only on the retro gets it there. Answers the mail again.
   */
  'mail:addEmail': {
    request: z
      .object({
        engagementId: IdSchema,
        note: MailNoteSchema,
        name: z.string().max(120),
        email: PersonEmailSchema.pipe(z.string().min(1, 'Enter an email address.')),
      })
      .strict(),
    response: ComposeResponse,
  },
  'mail:draft': { request: ComposeRequestSchema, response: z.object({ path: z.string() }) },
  'mail:saveEml': { request: ComposeRequestSchema, response: z.object({ path: z.string().nullable() }) },
  'mail:mailto': { request: ComposeRequestSchema, response: z.object({ truncated: z.boolean() }) },
  'mail:copy': { request: ComposeRequestSchema, response: z.object({}) },
  /** For web mail: the recipients or the subject alone, as plain text. Not a draft, not emailed. */
  'mail:copyHeader': {
    request: z.union([
      z.object({ recipients: OutgoingHeadersSchema.shape.to }).strict(),
      z.object({ subject: OutgoingHeadersSchema.shape.subject }).strict(),
    ]),
    response: z.object({}),
  },
  'mail:send': { request: ComposeRequestSchema, response: OutboxItemViewSchema },
  /** "I sent it", after a draft, a copy or mailto: only then do the notes count as emailed. */
  'mail:confirmSent': {
    request: z.object({ engagementId: IdSchema, note: LoggedNoteSchema }).strict(),
    response: MailLogEntrySchema,
  },
  'mail:getSettings': { request: Empty, response: MailSettingsViewSchema },
  'mail:saveSettings': { request: MailSettingsInputSchema, response: MailSettingsViewSchema },
  /** "Send a test email": a short message to the user's own From, over the saved SMTP settings, sent now. */
  'mail:sendTest': { request: Empty, response: TestEmailResultSchema },
  // "Your name and email", the From of drafts: saved on its own, SMTP or not.
  'mail:saveAuthor': { request: AuthorInputSchema, response: MailSettingsViewSchema },
  'outbox:list': { request: Empty, response: z.array(OutboxItemViewSchema) },
  'outbox:retry': { request: ById, response: OutboxItemViewSchema },
  'outbox:cancel': { request: ById, response: OutboxItemViewSchema },
  /** "Clear sent": the sent messages leave the list (their retros' mail logs keep the record); answers their ids. */
  'outbox:clearSent': { request: Empty, response: z.object({ cleared: z.array(IdSchema) }) },
  /** Its Undo: the messages this session cleared, by id, back in their places; answers the list. */
  'outbox:restoreSent': {
    request: z.object({ ids: z.array(IdSchema).min(1).max(MAX_OUTBOX_MESSAGES) }).strict(),
    response: z.array(OutboxItemViewSchema),
  },
} as const satisfies ChannelGroup;
