import { z } from 'zod';
import { IdSchema, IsoDateSchema, singleLine } from './engagement';
import { emptyNote, NoteDocSchema } from './note';

/**
 * The engagement lifecycle's part of an engagement's file (engagement file version 8; 9 added checkInHeldOn):
 * sourcing (one-pager, intro notes, fit check, red flags), planning (kick-off, MVP date),
 * wrap-up (checklist), the three-month check-in and the follow-ups afterwards.
 */

/** "Roman voting": 0 thumbs down, 1 sideways, 2 thumbs up. */
const VoteSchema = z.union([z.literal(0), z.literal(1), z.literal(2)], { message: 'Vote 0, 1 or 2.' });
export type Vote = z.infer<typeof VoteSchema>;

export const FIT_CATEGORIES = ['business', 'technical', 'teamFit'] as const;
export type FitCategory = (typeof FIT_CATEGORIES)[number];
export const FIT_CATEGORY_LABELS: Record<FitCategory, string> = {
  business: 'Business value',
  technical: 'Technical value',
  teamFit: 'Team fit',
};

export const FitVoteSchema = z
  .object({
    id: IdSchema,
    reviewer: singleLine('Reviewer', 120).pipe(z.string().min(1, 'Enter the reviewer’s name.')),
    business: VoteSchema,
    technical: VoteSchema,
    teamFit: VoteSchema,
  })
  .strict();
export type FitVote = z.infer<typeof FitVoteSchema>;

export const RED_FLAGS = ['nonOverlappingHours', 'timeZones', 'resistsTesting', 'smallTeam'] as const;
export type RedFlag = (typeof RED_FLAGS)[number];
export const RED_FLAG_LABELS: Record<RedFlag, string> = {
  nonOverlappingHours: 'Working hours that don’t overlap (e.g. a 6 PM stand-up)',
  timeZones: 'Different time zones',
  resistsTesting: 'Resistance to testing or CI/CD',
  smallTeam: 'Team of fewer than 5 people',
};

export const KICKOFF_ITEMS = ['testingFramework', 'coverageTarget', 'mvpApproach', 'timeline', 'retroCadence'] as const;
export type KickoffItem = (typeof KICKOFF_ITEMS)[number];
export const KICKOFF_LABELS: Record<KickoffItem, string> = {
  testingFramework: 'Testing framework agreed',
  coverageTarget: 'Coverage target set (≥ 80% is the playbook’s bar)',
  mvpApproach: 'MVP and technical approach',
  timeline: 'Timeline and MVP date',
  retroCadence: 'Retro cadence (weekly, same slot)',
};

export const WRAP_UP_ITEMS = ['projectRetro', 'npsSent', 'notesEmailed', 'keepWorkSeparate'] as const;
export type WrapUpItem = (typeof WRAP_UP_ITEMS)[number];
export const WRAP_UP_LABELS: Record<WrapUpItem, string> = {
  projectRetro: 'Project retro held',
  npsSent: 'Project NPS sent',
  notesEmailed: 'Project retro notes emailed',
  keepWorkSeparate: 'Keep-work-separate boundaries agreed',
};

export const CHECK_IN_QUESTIONS = ['stuck', 'effective', 'maintaining', 'feedback'] as const;
export type CheckInQuestion = (typeof CHECK_IN_QUESTIONS)[number];
export const CHECK_IN_LABELS: Record<CheckInQuestion, string> = {
  stuck: 'Did the changes stick?',
  effective: 'Is the team more effective?',
  maintaining: 'Are they comfortable maintaining what was built?',
  feedback: 'Any feedback for us?',
};

export const CADENCES = ['weekly', 'fortnightly', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

const longText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is too long (at most ${max} characters).`);

const flags = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as Record<T[number], z.ZodBoolean>).strict();

const FollowUpContactSchema = z.object({ date: IsoDateSchema, note: longText('Note', 2000) }).strict();

/** A connection made during the engagement, kept up afterwards. */
const FollowUpSchema = z
  .object({
    id: IdSchema,
    person: singleLine('Name', 120).pipe(z.string().min(1, 'Enter the person’s name.')),
    role: singleLine('Role', 120),
    cadence: z.enum(CADENCES, { message: 'Choose a cadence.' }),
    /** The last time you were in touch; null until the first contact (then due at the end date). */
    lastContact: IsoDateSchema.nullable(),
    /** Each contact marked done, with its note, newest last. */
    log: z.array(FollowUpContactSchema).max(500),
  })
  .strict();
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const LifecycleSectionSchema = z
  .object({
    onePager: NoteDocSchema,
    introNotes: NoteDocSchema,
    fitVotes: z.array(FitVoteSchema).max(50),
    redFlags: flags(RED_FLAGS),
    kickoffDate: IsoDateSchema.nullable(),
    kickoffChecklist: flags(KICKOFF_ITEMS),
    kickoffNotes: NoteDocSchema,
    mvpTargetDate: IsoDateSchema.nullable(),
    wrapUp: flags(WRAP_UP_ITEMS),
    checkInDone: z.boolean(),
    /** When the check-in was held (null: not yet, or held before Aux Desk recorded the date). */
    checkInHeldOn: IsoDateSchema.nullable(),
    checkInAnswers: z
      .object(
        Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q, longText('Answer', 4000)])) as Record<
          CheckInQuestion,
          ReturnType<typeof longText>
        >,
      )
      .strict(),
    checkInNotes: NoteDocSchema,
    followUps: z.array(FollowUpSchema).max(100),
  })
  .strict();
export type LifecycleSection = z.infer<typeof LifecycleSectionSchema>;

/** The rich-text parts, saved one at a time by the editor's autosave. */
export const LIFECYCLE_NOTES = ['onePager', 'introNotes', 'kickoffNotes', 'checkInNotes'] as const;
export type LifecycleNote = (typeof LIFECYCLE_NOTES)[number];

/** Everything else may be changed in one patch. */
export const LifecyclePatchSchema = LifecycleSectionSchema.omit({
  onePager: true,
  introNotes: true,
  kickoffNotes: true,
  checkInNotes: true,
}).partial();
export type LifecyclePatch = z.infer<typeof LifecyclePatchSchema>;

const allFalse = <K extends string>(keys: readonly K[]): Record<K, boolean> =>
  Object.fromEntries(keys.map((k) => [k, false])) as Record<K, boolean>;

export function emptyLifecycleSection(): LifecycleSection {
  return {
    onePager: emptyNote(),
    introNotes: emptyNote(),
    fitVotes: [],
    redFlags: allFalse(RED_FLAGS),
    kickoffDate: null,
    kickoffChecklist: allFalse(KICKOFF_ITEMS),
    kickoffNotes: emptyNote(),
    mvpTargetDate: null,
    wrapUp: allFalse(WRAP_UP_ITEMS),
    checkInDone: false,
    checkInHeldOn: null,
    checkInAnswers: Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q, ''])) as Record<CheckInQuestion, string>,
    checkInNotes: emptyNote(),
    followUps: [],
  };
}
