import { z } from 'zod';
import type { InvokeChannel } from '../channels';
import { IdSchema } from '../model/engagement';

/** What a channel takes and gives back, each checked by main (request) and typed for both sides. */
export interface ChannelSchemas {
  request: z.ZodType;
  response: z.ZodType;
}

/**
 * A service's part of the contract. Partial, so each file lists only its own channels; an
 * object literal checked against it cannot name a channel that channels.ts does not have.
 */
export type ChannelGroup = { readonly [C in InvokeChannel]?: ChannelSchemas };

export const Empty = z.object({}).strict();
export const ById = z.object({ id: IdSchema }).strict();
/** Where Undo puts an item back in a list of at most `cap` (the end included). */
export const indexIn = (cap: number) => z.number().int().nonnegative().max(cap);
export const InEngagement = { engagementId: IdSchema };
export const InRetro = { engagementId: IdSchema, retroId: IdSchema };
