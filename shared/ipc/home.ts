import { z } from 'zod';
import { IdSchema, IsoDateSchema } from '../model/engagement';
import type { ChannelGroup } from './common';

const HOME_SECTIONS = ['overview', 'details', 'planner', 'goals', 'retros', 'planning', 'wrap-up'] as const;
/** Where a home item (or a desktop notification about it) leads. */
export const HomeLinkSchema = z.union([
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

/** The "This week" home screen. */
export const homeChannels = {
  /** The "This week" home screen for the given (local) date. */
  'home:week': { request: z.object({ today: IsoDateSchema }).strict(), response: z.array(HomeItemSchema) },
} as const satisfies ChannelGroup;
