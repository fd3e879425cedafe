import { z } from 'zod';
import { IdSchema, IsoDateSchema, singleLine } from './engagement';
import { NoteDocSchema } from './note';

/**
 * How many of each an engagement's file holds at most. The file schema below enforces
 * them on load (a file past one is quarantined), so the services refuse to grow a list
 * past its cap, and the IPC requests are built from these same schemas.
 */
export const MAX_GOALS = 100;
/** Deleted retros count too: they stay in the file so that Undo can bring them back. */
export const MAX_RETROS = 2000;

export const GOAL_KINDS = ['business', 'technical'] as const;

const text = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is too long (at most ${max} characters).`);

export const GoalInputSchema = z
  .object({
    kind: z.enum(GOAL_KINDS, { message: 'Choose business or technical.' }),
    title: text('Title', 200).pipe(z.string().min(1, 'Give the goal a title.')),
    metric: text('Metric', 200),
    baseline: text('Baseline', 100),
    target: text('Target', 100),
    productionAdoption: z.boolean(),
  })
  .strict();
export type GoalInput = z.infer<typeof GoalInputSchema>;

export const GoalSchema = GoalInputSchema.extend({ id: IdSchema, createdAt: z.iso.datetime() }).strict();
export type Goal = z.infer<typeof GoalSchema>;

export const GoalScoreSchema = z
  .object({
    goalId: IdSchema,
    /** Progress towards the target, 0–100 %. */
    score: z.number().int().min(0, 'Scores go from 0 to 100.').max(100, 'Scores go from 0 to 100.'),
    note: text('Note', 1000),
  })
  .strict();
export type GoalScore = z.infer<typeof GoalScoreSchema>;

export const AttendeeSchema = z
  .object({
    /** Set when the attendee is one of the engagement's people. */
    personId: IdSchema.nullable(),
    /** Single line: attendees end up in the To: header of the notes mail. */
    name: singleLine('Name', 120).pipe(z.string().min(1, 'Enter a name.')),
    email: z
      .string()
      .trim()
      .max(254)
      .refine((s) => s === '' || z.email().safeParse(s).success, { message: 'Enter a valid email address.' }),
  })
  .strict();
export type Attendee = z.infer<typeof AttendeeSchema>;

export const NOTE_SECTIONS = ['wentWell', 'wentPoorly', 'doNextTime', 'notes'] as const;
export type NoteSection = (typeof NOTE_SECTIONS)[number];
export const NOTE_SECTION_LABELS: Record<NoteSection, string> = {
  wentWell: 'Went well',
  wentPoorly: 'Went poorly',
  doNextTime: 'Do next time',
  notes: 'Notes',
};

const RetroNotesSchema = z
  .object({
    wentWell: NoteDocSchema,
    wentPoorly: NoteDocSchema,
    doNextTime: NoteDocSchema,
    notes: NoteDocSchema,
  })
  .strict();
export type RetroNotes = z.infer<typeof RetroNotesSchema>;

const MAIL_VIAS = ['draft', 'eml', 'mailto', 'copy', 'smtp'] as const;

/** A record of the notes leaving the app: to whom, when, how, and (for SMTP) how it went. */
export const MailLogEntrySchema = z
  .object({
    at: z.iso.datetime(),
    via: z.enum(MAIL_VIAS),
    to: z.array(z.string().max(254)).max(400),
    state: z.enum(['drafted', 'copied', 'queued', 'sent', 'failed', 'cancelled']),
    /** The outbox message, for SMTP sends. */
    outboxId: IdSchema.nullable(),
  })
  .strict();
export type MailLogEntry = z.infer<typeof MailLogEntrySchema>;

export const RetroSchema = z
  .object({
    id: IdSchema,
    date: IsoDateSchema,
    attendees: z.array(AttendeeSchema).max(200),
    goalScores: z.array(GoalScoreSchema).max(200),
    notes: RetroNotesSchema,
    mvpStatus: text('MVP status', 2000),
    /** When the facilitator pressed Start: the 30-minute countdown runs from here. */
    startedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** Soft delete, so Undo can bring it back. */
    deletedAt: z.iso.datetime().nullable(),
    /** To whom and when the notes were emailed or drafted (version 4). */
    mailLog: z.array(MailLogEntrySchema).max(500),
  })
  .strict();
export type Retro = z.infer<typeof RetroSchema>;

/** The retro feature's part of an engagement's file. */
export const RetroSectionSchema = z
  .object({
    goals: z.array(GoalSchema).max(MAX_GOALS),
    retros: z.array(RetroSchema).max(MAX_RETROS),
  })
  .strict();
export type RetroSection = z.infer<typeof RetroSectionSchema>;

export function emptyRetroSection(): RetroSection {
  return { goals: [], retros: [] };
}

/** What the renderer may change on a retro besides its notes. */
export const RetroPatchSchema = RetroSchema.pick({
  date: true,
  attendees: true,
  goalScores: true,
  mvpStatus: true,
  startedAt: true,
})
  .partial()
  .strict();
export type RetroPatch = z.infer<typeof RetroPatchSchema>;
