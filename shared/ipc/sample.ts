import { EngagementSchema } from '../model/engagement';
import { type ChannelGroup, Empty } from './common';

/**
 * The sample engagement of the first run. It is removed as any engagement is
 * (engagements:delete, with Undo through engagements:restore).
 */
export const sampleChannels = {
  'sample:create': { request: Empty, response: EngagementSchema },
} as const satisfies ChannelGroup;
