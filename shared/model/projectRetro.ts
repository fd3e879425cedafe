import { z } from 'zod';
import { hasControlChars } from '../text';
import { IdSchema, IsoDateSchema, singleLine } from './engagement';
import { NoteDocSchema, emptyNote } from './note';
import { AttendeeSchema, MailLogEntrySchema } from './retro';

const text = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is too long (at most ${max} characters).`);

/** The file's caps (see MAX_GOALS in ./retro.ts). */
export const MAX_MILESTONES = 1000;
export const MAX_NPS_RESPONSES = 1000;

export const MILESTONE_KINDS = ['kick-off', 'mvp-in-production', 'goal-met', 'custom'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  'kick-off': 'Kick-off',
  'mvp-in-production': 'MVP in production',
  'goal-met': 'Goal met',
  custom: 'Milestone',
};

export const MilestoneInputSchema = z
  .object({
    date: IsoDateSchema,
    title: singleLine('Title', 200).pipe(z.string().min(1, 'Give the milestone a title.')),
    kind: z.enum(MILESTONE_KINDS, { message: 'Choose a kind.' }),
    note: text('Note', 2000),
  })
  .strict();
export type MilestoneInput = z.infer<typeof MilestoneInputSchema>;

export const MilestoneSchema = MilestoneInputSchema.extend({ id: IdSchema, createdAt: z.iso.datetime() }).strict();
export type Milestone = z.infer<typeof MilestoneSchema>;

/** Who answered the NPS survey: the host team's engineers, its product people, or someone else. */
export const NPS_ROLES = ['engineer', 'product', 'other'] as const;
export type NpsRole = (typeof NPS_ROLES)[number];
export const NPS_ROLE_LABELS: Record<NpsRole, string> = { engineer: 'Engineer', product: 'Product', other: 'Other' };

export const NpsInputSchema = z
  .object({
    /** Optional: a survey may be anonymous. */
    respondent: singleLine('Respondent', 120),
    role: z.enum(NPS_ROLES, { message: 'Choose a role.' }),
    score: z
      .number({ message: 'Choose a score from 0 to 10.' })
      .int('Scores are whole numbers from 0 to 10.')
      .min(0, 'Scores go from 0 to 10.')
      .max(10, 'Scores go from 0 to 10.'),
    comment: text('Comment', 2000),
  })
  .strict();
export type NpsInput = z.infer<typeof NpsInputSchema>;

export const NpsResponseSchema = NpsInputSchema.extend({ id: IdSchema, createdAt: z.iso.datetime() }).strict();
export type NpsResponse = z.infer<typeof NpsResponseSchema>;

/** A form's link in the survey mail: https only, so the mail never carries a script or a file link. */
function isHttpsUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return url.protocol === 'https:' && url.username === '' && url.password === '';
}

/**
 * The NPS survey as the user left it in the compose dialog: the question (the playbook's,
 * about Settings' team name, editable), the message above it and, optionally, the link to
 * the Google or Microsoft form the answers are collected in. Not stored: it travels with
 * each mail request, so what is sent is what was on screen.
 */
export const NpsSurveySchema = z
  .object({
    question: singleLine('The question', 300).pipe(z.string().min(1, 'Enter the question.')),
    message: text('The message', 4000).refine((s) => !hasControlChars(s, { lineBreaks: true, tab: true }), {
      message: 'The message cannot contain control characters.',
    }),
    formUrl: singleLine('The form’s link', 2000).refine((s) => s === '' || isHttpsUrl(s), {
      message: 'Enter the form’s https:// link, or leave it empty for answers by reply.',
    }),
  })
  .strict();
export type NpsSurvey = z.infer<typeof NpsSurveySchema>;

/** The project retro's notes: the weekly retro's three topics, for the whole project, and the takeaways. */
export const PROJECT_NOTE_SECTIONS = ['wentWell', 'wentPoorly', 'doNextTime', 'takeaways'] as const;
export type ProjectNoteSection = (typeof PROJECT_NOTE_SECTIONS)[number];
export const PROJECT_NOTE_LABELS: Record<ProjectNoteSection, string> = {
  wentWell: 'Went well',
  wentPoorly: 'Went poorly',
  doNextTime: 'Do next time',
  takeaways: 'Key takeaways',
};

const ProjectNotesSchema = z
  .object({
    wentWell: NoteDocSchema,
    wentPoorly: NoteDocSchema,
    doNextTime: NoteDocSchema,
    takeaways: NoteDocSchema,
  })
  .strict();
export type ProjectNotes = z.infer<typeof ProjectNotesSchema>;

export const ProjectRetroSchema = z
  .object({
    /** When the project retro is (or was) held; null until it is planned. */
    date: IsoDateSchema.nullable(),
    attendees: z.array(AttendeeSchema).max(200),
    notes: ProjectNotesSchema,
    /** Null until something was saved. */
    updatedAt: z.iso.datetime().nullable(),
    /** To whom and when the project retro's notes were emailed or drafted (version 7). */
    mailLog: z.array(MailLogEntrySchema).max(500),
  })
  .strict();

/**
 * The project-retro feature's part of an engagement's file (version 4): milestones, the
 * MVP target date (the MVP-in-production date is the 'mvp-in-production' milestone, the
 * kick-off date the 'kick-off' milestone), the project retro and the NPS responses.
 */
export const ProjectSectionSchema = z
  .object({
    mvpTargetDate: IsoDateSchema.nullable(),
    milestones: z.array(MilestoneSchema).max(MAX_MILESTONES),
    retro: ProjectRetroSchema,
    nps: z.array(NpsResponseSchema).max(MAX_NPS_RESPONSES),
  })
  .strict();
export type ProjectSection = z.infer<typeof ProjectSectionSchema>;

export function emptyProjectNotes(): ProjectNotes {
  return { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote(), takeaways: emptyNote() };
}

export function emptyProjectSection(): ProjectSection {
  return {
    mvpTargetDate: null,
    milestones: [],
    retro: { date: null, attendees: [], notes: emptyProjectNotes(), updatedAt: null, mailLog: [] },
    nps: [],
  };
}

/** What the renderer may change on the project retro besides its notes. */
export const ProjectPatchSchema = z
  .object({
    ...ProjectSectionSchema.pick({ mvpTargetDate: true }).partial().shape,
    ...ProjectRetroSchema.pick({ date: true, attendees: true }).partial().shape,
  })
  .strict();
export type ProjectPatch = z.infer<typeof ProjectPatchSchema>;
