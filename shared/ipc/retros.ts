import { z } from 'zod';
import { IdSchema } from '../model/engagement';
import { NoteInputSchema } from '../model/note';
import {
  GoalInputSchema,
  GoalSchema,
  MAX_GOALS,
  NOTE_SECTIONS,
  RetroPatchSchema,
  RetroSchema,
  RetroSectionSchema,
} from '../model/retro';
import { type ChannelGroup, indexIn, InEngagement, InRetro } from './common';

/** Weekly retros and the goals they score. */
export const retroChannels = {
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
} as const satisfies ChannelGroup;
