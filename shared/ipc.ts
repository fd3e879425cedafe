import { z } from 'zod';
import type { EventChannel, InvokeChannel } from './channels';
import {
  ENGAGEMENT_STATUSES,
  EngagementInputSchema,
  EngagementSchema,
  EngagementSummarySchema,
  IdSchema,
  IsoDateSchema,
  PersonSchema,
} from './model/engagement';
import { MailAddressSchema } from './mail/addresses';
import {
  AuthorInputSchema,
  ComposeRequestSchema,
  MailSettingsInputSchema,
  MailSettingsViewSchema,
  OutboxItemViewSchema,
} from './model/mail';
import { NoteInputSchema } from './model/note';
import { ActionRowSchema } from './retro/actionRowSchema';
import { SearchAnswerSchema, SearchProgressSchema, SearchRequestSchema } from './search/searchSchemas';
import {
  GoalInputSchema,
  GoalSchema,
  MAX_GOALS,
  NOTE_SECTIONS,
  RetroPatchSchema,
  RetroSchema,
  RetroSectionSchema,
} from './model/retro';
import { PlannerScopeSchema, RitualSchema, WeekKeySchema, WeekPlanSchema } from './model/planner';
import {
  MAX_MILESTONES,
  MAX_NPS_RESPONSES,
  MilestoneInputSchema,
  MilestoneSchema,
  NpsInputSchema,
  NpsResponseSchema,
  PROJECT_NOTE_SECTIONS,
  ProjectPatchSchema,
  ProjectSectionSchema,
} from './model/projectRetro';
import { SettingsSchema } from './model/settings';
import { SHOW_ACTIONS } from './screens';
import {
  FitVoteSchema,
  LIFECYCLE_NOTES,
  LifecyclePatchSchema,
  LifecycleSectionSchema,
  RED_FLAGS,
} from './model/lifecycle';

/** New Engagement, and one `show-<id>` per top-level screen (shared/screens.ts). */
export const MENU_ACTIONS = ['new-engagement', 'command-palette', ...SHOW_ACTIONS] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export const StartupProblemSchema = z.object({
  kind: z.enum(['quarantined', 'newer-version', 'snapshot-failed']),
  /** The file as the user would find it in the data folder. */
  file: z.string(),
  /** Where the unreadable copy was moved, for 'quarantined'. */
  movedTo: z.string().nullable(),
  message: z.string(),
});
export type StartupProblem = z.infer<typeof StartupProblemSchema>;

const Empty = z.object({}).strict();
export const NpsPointSchema = z.object({
  engagementId: IdSchema,
  name: z.string(),
  date: IsoDateSchema,
  count: z.number().int().nonnegative(),
  promoters: z.number().int().nonnegative(),
  passives: z.number().int().nonnegative(),
  detractors: z.number().int().nonnegative(),
  nps: z.number().int().min(-100).max(100).nullable(),
});
export type NpsPoint = z.infer<typeof NpsPointSchema>;

const CandidateViewSchema = z.object({
  id: IdSchema,
  name: z.string(),
  hostTeam: z.string(),
  status: z.enum(ENGAGEMENT_STATUSES),
  fitVotes: z.array(FitVoteSchema),
  redFlags: z.record(z.enum(RED_FLAGS), z.boolean()),
});

const HOME_SECTIONS = ['overview', 'planner', 'goals', 'retros', 'planning', 'wrap-up'] as const;
const HomeLinkSchema = z.union([
  z.object({ to: z.literal('section'), section: z.enum(HOME_SECTIONS) }).strict(),
  z.object({ to: z.literal('retro'), retroId: IdSchema }).strict(),
]);
const HomeItemSchema = z.object({
  key: z.string(),
  group: z.enum(['today', 'due', 'upcoming', 'warning']),
  kind: z.enum(['plan', 'retro', 'notes', 'action', 'kickoff', 'check-in', 'follow-up', 'capacity', 'roles']),
  engagementId: IdSchema,
  engagementName: z.string(),
  title: z.string(),
  detail: z.string(),
  date: IsoDateSchema.nullable(),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  link: HomeLinkSchema,
});
const ById = z.object({ id: IdSchema }).strict();
/** Where Undo puts an item back in a list of at most `cap` (the end included). */
const indexIn = (cap: number) => z.number().int().nonnegative().max(cap);
const InEngagement = { engagementId: IdSchema };
const InRetro = { engagementId: IdSchema, retroId: IdSchema };

/**
 * THE contract between renderer and main: channel -> request and response schemas, and the
 * only list of channels. Adding one is an entry here and a handler beside its service;
 * `npm run channels` then regenerates ./channels.ts (the zod-free names the preload
 * allowlists). Until it does, the `satisfies` below fails to compile; the compiler checks
 * that the main-process handlers and the renderer's calls agree with the contract.
 */
export const contract = {
  'app:startupReport': {
    request: Empty,
    response: z.object({ dataDir: z.string(), problems: z.array(StartupProblemSchema) }),
  },
  'app:openDataFolder': { request: Empty, response: z.object({}) },
  'settings:get': { request: Empty, response: SettingsSchema },
  'settings:update': { request: SettingsSchema, response: SettingsSchema },
  'engagements:list': { request: Empty, response: z.array(EngagementSummarySchema) },
  'engagements:get': { request: ById, response: EngagementSchema },
  'engagements:create': { request: EngagementInputSchema, response: EngagementSchema },
  'engagements:update': {
    request: z.object({ id: IdSchema, input: EngagementInputSchema }).strict(),
    response: EngagementSchema,
  },
  'engagements:delete': { request: ById, response: z.object({ id: IdSchema }) },
  'engagements:restore': { request: ById, response: EngagementSchema },
  /** The renderer has saved everything pending: the window may close. */
  'app:readyToClose': { request: Empty, response: z.object({}) },
  'retros:list': { request: z.object(InEngagement).strict(), response: RetroSectionSchema },
  'retros:create': {
    request: z.object({ ...InEngagement, date: RetroSchema.shape.date }).strict(),
    response: RetroSchema,
  },
  'retros:update': {
    request: z.object({ ...InRetro, patch: RetroPatchSchema }).strict(),
    response: RetroSchema,
  },
  'retros:saveNote': {
    request: z.object({ ...InRetro, section: z.enum(NOTE_SECTIONS), doc: NoteInputSchema }).strict(),
    response: z.object({ updatedAt: z.iso.datetime() }),
  },
  'retros:setActionItemDone': {
    request: z.object({ ...InRetro, itemId: IdSchema, done: z.boolean() }).strict(),
    response: RetroSchema,
  },
  'retros:delete': { request: z.object(InRetro).strict(), response: RetroSchema },
  'retros:restore': { request: z.object(InRetro).strict(), response: RetroSchema },
  'goals:save': {
    request: z.object({ ...InEngagement, goalId: IdSchema.nullable(), input: GoalInputSchema }).strict(),
    response: GoalSchema,
  },
  'goals:delete': {
    request: z.object({ ...InEngagement, goalId: IdSchema }).strict(),
    response: z.object({ goal: GoalSchema, index: z.number().int().nonnegative() }),
  },
  'goals:restore': {
    request: z.object({ ...InEngagement, goal: GoalSchema, index: indexIn(MAX_GOALS) }).strict(),
    response: GoalSchema,
  },
  'mail:compose': {
    // retroId null: the engagement's project retro.
    request: z.object({ engagementId: IdSchema, retroId: IdSchema.nullable() }).strict(),
    response: z.object({
      subject: z.string(),
      to: z.array(MailAddressSchema),
      missingEmail: z.array(z.string()),
      html: z.string(),
      text: z.string(),
      /** Whether "Send via SMTP" is set up. */
      canSend: z.boolean(),
      /** The From of a draft; null until the user gives their name and email (Settings › Mail). */
      draftFrom: MailAddressSchema.nullable(),
    }),
  },
  'mail:draft': { request: ComposeRequestSchema, response: z.object({ path: z.string() }) },
  'mail:saveEml': { request: ComposeRequestSchema, response: z.object({ path: z.string().nullable() }) },
  'mail:mailto': { request: ComposeRequestSchema, response: z.object({ truncated: z.boolean() }) },
  'mail:copy': { request: ComposeRequestSchema, response: z.object({}) },
  'mail:send': { request: ComposeRequestSchema, response: OutboxItemViewSchema },
  'mail:getSettings': { request: Empty, response: MailSettingsViewSchema },
  'mail:saveSettings': { request: MailSettingsInputSchema, response: MailSettingsViewSchema },
  // "Your name and email", the From of drafts: saved on its own, SMTP or not.
  'mail:saveAuthor': { request: AuthorInputSchema, response: MailSettingsViewSchema },
  'outbox:list': { request: Empty, response: z.array(OutboxItemViewSchema) },
  'outbox:retry': { request: ById, response: OutboxItemViewSchema },
  'outbox:cancel': { request: ById, response: OutboxItemViewSchema },
  // The weekly planner: a scope is an engagement (its file) or plain weeks (planner.json).
  'planner:get': {
    request: z.object({ scope: PlannerScopeSchema }).strict(),
    response: z.object({
      weeks: z.record(WeekKeySchema, WeekPlanSchema),
      rituals: z.array(RitualSchema),
      people: z.array(PersonSchema),
    }),
  },
  'planner:saveWeek': {
    request: z.object({ scope: PlannerScopeSchema, week: WeekKeySchema, plan: WeekPlanSchema }).strict(),
    response: WeekPlanSchema,
  },
  'planner:resetWeek': {
    request: z.object({ scope: PlannerScopeSchema, week: WeekKeySchema }).strict(),
    response: z.object({}),
  },
  'planner:saveRitual': {
    request: z.object({ engagementId: IdSchema, ritual: RitualSchema }).strict(),
    response: z.array(RitualSchema),
  },
  'planner:deleteRitual': {
    request: z.object({ engagementId: IdSchema, ritualId: IdSchema }).strict(),
    response: z.array(RitualSchema),
  },
  /** Writes the week as an .ics file where the user chooses; path null when they cancel. */
  'planner:exportWeek': {
    request: z.object({ scope: PlannerScopeSchema, week: WeekKeySchema }).strict(),
    response: z.object({ path: z.string().nullable(), events: z.number().int().nonnegative() }),
  },
  'project:get': { request: z.object(InEngagement).strict(), response: ProjectSectionSchema },
  'project:update': {
    request: z.object({ ...InEngagement, patch: ProjectPatchSchema }).strict(),
    response: ProjectSectionSchema,
  },
  'project:saveNote': {
    request: z.object({ ...InEngagement, section: z.enum(PROJECT_NOTE_SECTIONS), doc: NoteInputSchema }).strict(),
    response: z.object({ updatedAt: z.iso.datetime() }),
  },
  /** Renders the project retro and saves it where the user chooses; path null when cancelled. */
  'project:export': {
    request: z.object({ ...InEngagement, format: z.enum(['html', 'markdown']) }).strict(),
    response: z.object({ path: z.string().nullable() }),
  },
  'milestones:save': {
    request: z.object({ ...InEngagement, milestoneId: IdSchema.nullable(), input: MilestoneInputSchema }).strict(),
    response: MilestoneSchema,
  },
  'milestones:delete': {
    request: z.object({ ...InEngagement, milestoneId: IdSchema }).strict(),
    response: z.object({ milestone: MilestoneSchema, index: z.number().int().nonnegative() }),
  },
  'milestones:restore': {
    request: z.object({ ...InEngagement, milestone: MilestoneSchema, index: indexIn(MAX_MILESTONES) }).strict(),
    response: MilestoneSchema,
  },
  'nps:add': { request: z.object({ ...InEngagement, input: NpsInputSchema }).strict(), response: NpsResponseSchema },
  'nps:delete': {
    request: z.object({ ...InEngagement, responseId: IdSchema }).strict(),
    response: z.object({ response: NpsResponseSchema, index: z.number().int().nonnegative() }),
  },
  'nps:restore': {
    request: z.object({ ...InEngagement, response: NpsResponseSchema, index: indexIn(MAX_NPS_RESPONSES) }).strict(),
    response: NpsResponseSchema,
  },
  /** Every engagement's NPS, by end date: the score across engagements over time. */
  'nps:overTime': { request: Empty, response: z.array(NpsPointSchema) },
  // The engagement lifecycle (issue 7): sourcing, planning, wrap-up, check-in, follow-ups.
  'lifecycle:get': { request: z.object(InEngagement).strict(), response: LifecycleSectionSchema },
  'lifecycle:update': {
    request: z.object({ ...InEngagement, patch: LifecyclePatchSchema }).strict(),
    response: LifecycleSectionSchema,
  },
  'lifecycle:saveNote': {
    request: z.object({ ...InEngagement, note: z.enum(LIFECYCLE_NOTES), doc: NoteInputSchema }).strict(),
    response: z.object({}),
  },
  /** A sourcing candidate moves on to planning. */
  'lifecycle:promote': { request: z.object(InEngagement).strict(), response: EngagementSchema },
  'lifecycle:candidates': { request: Empty, response: z.array(CandidateViewSchema) },
  /** Every engagement with its people, for the capacity rules across engagements. */
  'lifecycle:roster': { request: Empty, response: z.array(EngagementSchema) },
  /** The "This week" home screen for the given (local) date. */
  'home:week': { request: z.object({ today: IsoDateSchema }).strict(), response: z.array(HomeItemSchema) },
  /** Full-text search across every engagement (issue 17); answers while the index is still building. */
  'search:query': { request: SearchRequestSchema, response: SearchAnswerSchema },
  /** Every retro's action items across engagements, with how often each was carried over (as of `today`). */
  'actions:list': { request: z.object({ today: IsoDateSchema }).strict(), response: z.array(ActionRowSchema) },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;
// `satisfies` on the literal checks both ways: every generated channel is here, nothing else is.

export type Contract = typeof contract;
export type RequestOf<C extends InvokeChannel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends InvokeChannel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<Contract[C]['response']>;

export const events = {
  menu: z.object({ action: z.enum(MENU_ACTIONS) }).strict(),
  /** A save failed; the data is kept in memory and the write is retried. */
  'storage-error': z.object({ what: z.string(), message: z.string(), attempt: z.number().int().positive() }).strict(),
  /** The window is about to close: save what is pending, then call app:readyToClose. */
  lifecycle: z.object({ phase: z.literal('before-close') }).strict(),
  /** Something in the outbox changed state: the renderer refreshes its view. */
  'outbox-changed': z.object({}).strict(),
  /** A desktop notification was clicked: show what it is about. */
  'open-item': z.object({ engagementId: IdSchema, link: HomeLinkSchema }).strict(),
  /** The search index is being built in the background: how far (null when it is done). */
  'search-progress': z.object({ progress: SearchProgressSchema.nullable() }).strict(),
} as const satisfies Record<EventChannel, z.ZodType>;
export type EventPayloadOf<E extends EventChannel> = z.output<(typeof events)[E]>;

export const IPC_ERROR_CODES = [
  'invalid-payload',
  'unknown-channel',
  'forbidden',
  'not-found',
  'storage',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** For invalid payloads: dotted field path -> message, ready to show beside the field. */
  fieldErrors?: Record<string, string>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Turns zod issues into one message per field, keyed by dotted path ("people.0.email"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
