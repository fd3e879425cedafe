import { z } from 'zod';
import { ENGAGEMENT_STATUSES, EngagementSchema, IdSchema } from '../model/engagement';
import {
  FitVoteSchema,
  LIFECYCLE_NOTES,
  LifecyclePatchSchema,
  LifecycleSectionSchema,
  RED_FLAGS,
} from '../model/lifecycle';
import { NoteInputSchema } from '../model/note';
import { type ChannelGroup, Empty, InEngagement } from './common';

const CandidateViewSchema = z.object({
  id: IdSchema,
  name: z.string(),
  hostTeam: z.string(),
  status: z.enum(ENGAGEMENT_STATUSES),
  fitVotes: z.array(FitVoteSchema),
  redFlags: z.record(z.enum(RED_FLAGS), z.boolean()),
});

/** The engagement lifecycle around the weeks: sourcing, planning, wrap-up, check-in, follow-ups. */
export const lifecycleChannels = {
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
} as const satisfies ChannelGroup;
