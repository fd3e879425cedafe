import { z } from 'zod';
import { IdSchema, IsoDateSchema } from '../model/engagement';

/** An action item across engagements, as `actions:list` answers (see ./openActions.ts). */
export const ActionRowSchema = z
  .object({
    engagementId: IdSchema,
    engagementName: z.string(),
    retroId: IdSchema,
    retroDate: IsoDateSchema,
    itemId: IdSchema,
    text: z.string(),
    ownerName: z.string().nullable(),
    ownerEmail: z.string().nullable(),
    due: IsoDateSchema.nullable(),
    checked: z.boolean(),
    closedOn: IsoDateSchema.nullable(),
    carried: z.number().int().nonnegative(),
  })
  .strict();
