import { z } from 'zod';
import { IsoDateSchema } from '../model/engagement';
import { ActionRowSchema } from '../retro/actionRowSchema';
import type { ChannelGroup } from './common';

/** Open actions: the action items of every retro across engagements. */
export const actionChannels = {
  /** Every retro's action items across engagements, with how often each was carried over (as of `today`). */
  'actions:list': { request: z.object({ today: IsoDateSchema }).strict(), response: z.array(ActionRowSchema) },
} as const satisfies ChannelGroup;
