import { z } from 'zod';
import { EngagementInputSchema, EngagementSchema, EngagementSummarySchema, IdSchema } from '../model/engagement';
import { ById, type ChannelGroup, Empty } from './common';

/**
 * An engagement as the list gives it: its summary, and whether it can be changed here.
 * `readOnly`: a record of it was written by a newer version of Aux Desk, so nothing of it
 * is written over (main refuses every change); the renderer says so and offers no editing.
 */
export const ListedEngagementSchema = EngagementSummarySchema.extend({ readOnly: z.boolean() });
export type ListedEngagement = z.infer<typeof ListedEngagementSchema>;

/** Engagements: list, open, create, edit, delete and undo. */
export const engagementChannels = {
  'engagements:list': { request: Empty, response: z.array(ListedEngagementSchema) },
  'engagements:get': { request: ById, response: EngagementSchema },
  'engagements:create': { request: EngagementInputSchema, response: EngagementSchema },
  'engagements:update': {
    request: z.object({ id: IdSchema, input: EngagementInputSchema }).strict(),
    response: EngagementSchema,
  },
  'engagements:delete': { request: ById, response: z.object({ id: IdSchema }) },
  'engagements:restore': { request: ById, response: EngagementSchema },
} as const satisfies ChannelGroup;
