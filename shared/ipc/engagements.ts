import { z } from 'zod';
import { EngagementInputSchema, EngagementSchema, EngagementSummarySchema, IdSchema } from '../model/engagement';
import { ById, type ChannelGroup, Empty } from './common';

/** Engagements: list, open, create, edit, delete and undo. */
export const engagementChannels = {
  'engagements:list': { request: Empty, response: z.array(EngagementSummarySchema) },
  'engagements:get': { request: ById, response: EngagementSchema },
  'engagements:create': { request: EngagementInputSchema, response: EngagementSchema },
  'engagements:update': {
    request: z.object({ id: IdSchema, input: EngagementInputSchema }).strict(),
    response: EngagementSchema,
  },
  'engagements:delete': { request: ById, response: z.object({ id: IdSchema }) },
  'engagements:restore': { request: ById, response: EngagementSchema },
} as const satisfies ChannelGroup;
