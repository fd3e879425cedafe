import { z } from 'zod';
import { IdSchema, IsoDateSchema } from '../model/engagement';
import { NoteInputSchema } from '../model/note';
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
} from '../model/projectRetro';
import { type ChannelGroup, Empty, indexIn, InEngagement } from './common';

const NpsPointSchema = z.object({
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

/** The project retro: its notes and export, the milestones and the NPS survey. */
export const projectChannels = {
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
} as const satisfies ChannelGroup;
